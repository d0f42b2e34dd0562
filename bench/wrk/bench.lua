-- One wrk script for every scenario and contender:
--   wrk -tT ... -s bench/wrk/bench.lua URL -- <scenario> <dialect.lua> <data-dir> <token|-> <mode> <nonce> <T>
-- The scenario picks random inputs (ids from files exported from the database, random bodies); the contender's
-- dialect turns them into its own request. done() prints one JSON line that bench/lib/report.py reads.

local scenario, dialect_file, data_dir, token
local D
local post_ids, author_ids, jwt_post_ids = {}, {}, {}
local statuses = { "draft", "published", "archived" }
local counter = 0
local thread_no = 0   -- from setup(): 1, 2, ... (the global tid)
local mode, nonce
local headers = {}

local threads = {}
local next_tid = 0
function setup(thread)
  next_tid = next_tid + 1
  thread:set("tid", next_tid)
  table.insert(threads, thread)
end

local function read_lines(path)
  local lines = {}
  local f = io.open(path, "r")
  if not f then error("cannot read " .. path) end
  for line in f:lines() do
    if #line > 0 then lines[#lines + 1] = line end
  end
  f:close()
  return lines
end

local function pick(list) return list[math.random(#list)] end

local words = { "database", "index", "query", "latency", "throughput", "schema", "model", "cache", "json",
                "planner", "lateral", "cursor", "filter", "expand", "record", "version" }
local function sentence(n)
  local parts = {}
  for i = 1, n do parts[i] = words[math.random(#words)] end
  return table.concat(parts, " ")
end

-- A new post: the fields every contender accepts, as plain Lua values; the dialect names them.
local function new_post()
  counter = counter + 1
  return {
    title = "Bench " .. sentence(4),
    slug = string.format("bench-%s-%d-%d", nonce, thread_no, counter),
    status = statuses[math.random(3)],
    summary = sentence(12),
    body = sentence(80),
    rating = math.random(0, 50) / 10,
    readingMinutes = math.random(1, 30),
    publishedAt = string.format("2024-%02d-%02dT%02d:%02d:00Z", math.random(12), math.random(28),
                                math.random(0, 23), math.random(0, 59)),
    author = pick(author_ids),
  }
end

local function change()
  return { title = "Changed " .. sentence(4), viewCount = math.random(0, 1000000) }
end

-- Helpers a dialect gets: a JSON object from ordered {key, value} pairs, and URL encoding.
helpers = {}
function helpers.obj(fields)
  local out = {}
  for _, kv in ipairs(fields) do
    local k, v = kv[1], kv[2]
    if v ~= nil then
      local text
      if type(v) == "number" then text = tostring(v)
      elseif type(v) == "boolean" then text = v and "true" or "false"
      elseif type(v) == "table" then text = v.raw
      else text = '"' .. v:gsub('\\', '\\\\'):gsub('"', '\\"') .. '"' end
      out[#out + 1] = '"' .. k .. '":' .. text
    end
  end
  return "{" .. table.concat(out, ",") .. "}"
end
function helpers.url(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
function helpers.raw(text) return { raw = text } end

local ops = {}
ops.get = function() return D.get(pick(post_ids)) end
ops.list = function() return D.list(statuses[math.random(3)]) end
ops.expand = function() return D.expand(statuses[math.random(3)]) end
ops.count = function() return D.count(statuses[math.random(3)]) end
ops.create = function() return D.create(new_post()) end
-- Updates walk this thread's own share of the posts in a shuffled order, so two requests in flight never
-- change the same row (a contender with optimistic locking would rightly refuse one of them).
-- A dialect whose update replaces the whole row (Platformatic's PUT) gets the row's other required values too.
local post_rows = nil
local walk, walk_at = {}, 0
local function next_to_change()
  walk_at = walk_at % #walk + 1
  return walk[walk_at]
end
ops.patch = function()
  local i = next_to_change()
  if post_rows then
    local row = post_rows[i]
    return D.patch(row.id, change(), row)
  end
  return D.patch(post_ids[i], change())
end
ops.jwt_get = function() return D.jwt_get(pick(jwt_post_ids)) end
ops.jwt_list = function() return D.jwt_list() end
-- 80% reads, 20% writes.
ops.mixed = function()
  local r = math.random(100)
  if r <= 50 then return ops.get()
  elseif r <= 70 then return ops.list()
  elseif r <= 80 then return ops.expand()
  elseif r <= 90 then return ops.create()
  else return ops.patch() end
end

function init(args)
  scenario, dialect_file, data_dir, token, mode, nonce = args[1], args[2], args[3], args[4], args[5], args[6]
  if token == "" or token == "-" then token = nil end
  thread_no = tonumber(rawget(_G, "tid")) or 0
  math.randomseed(4242 + thread_no * 7919)
  D = dofile(dialect_file)(helpers)
  post_ids = read_lines(data_dir .. "/post_ids.txt")
  author_ids = read_lines(data_dir .. "/author_ids.txt")
  local ok, lines = pcall(read_lines, data_dir .. "/jwt_post_ids.txt")
  if ok then jwt_post_ids = lines end
  if D.needs_rows then
    post_rows = {}
    for _, line in ipairs(read_lines(data_dir .. "/post_rows.txt")) do
      local id, slug, status, author, featured = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)$")
      post_rows[#post_rows + 1] = { id = id, slug = slug, status = status, author = author, featured = featured == "t" }
    end
  end
  local threads_count = tonumber(args[7]) or 1
  for i = thread_no > 0 and thread_no or 1, #post_ids, threads_count do walk[#walk + 1] = i end
  for i = #walk, 2, -1 do
    local j = math.random(i)
    walk[i], walk[j] = walk[j], walk[i]
  end
  headers = { ["Accept"] = "application/json" }
  if token then headers["Authorization"] = "Bearer " .. token end
  if not ops[scenario] then error("unknown scenario " .. tostring(scenario)) end
  if mode ~= "check" and mode ~= "one" then response = nil end
end

-- "check" mode (one connection, a second) and "one" mode (a single request, to capture its SQL) look at every
-- response and keep the first one that is not 2xx, to show why.
bad_status, bad_body, seen = 0, "", 0
function response(status, hdrs, body)
  seen = seen + 1
  if (status < 200 or status > 299) and bad_status == 0 then
    bad_status, bad_body = status, body or ""
  end
  if mode == "one" then wrk.thread:stop() end
end

function request()
  local method, path, body = ops[scenario]()
  if body then
    headers["Content-Type"] = D.content_type or "application/json"
  else
    headers["Content-Type"] = nil
  end
  return wrk.format(method, path, headers, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  for _, t in ipairs(threads) do
    local st = t:get("bad_status")
    if st and st ~= 0 then
      io.write(string.format("BENCH_BAD %d %s\n", st, (t:get("bad_body") or ""):sub(1, 600):gsub("\n", " ")))
    end
  end
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"duration_us":%d,"bytes":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"mean":%.1f,"p50":%d,"p90":%d,"p99":%d,"max":%d}}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
