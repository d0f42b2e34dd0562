-- Plinth's generated API: /api/post with the filter language, expand and count; PATCH for partial updates.
return function(h)
  local D = {}
  local lists = {}
  for _, s in ipairs({ "draft", "published", "archived" }) do
    local base = "/api/post?filter=" .. h.url("status = '" .. s .. "'") .. "&sort=-publishedAt&limit=20"
    lists[s] = { list = base, expand = base .. "&expand=author,tags", count = base .. "&count=exact" }
  end
  function D.get(id) return "GET", "/api/post/" .. id end
  function D.list(status) return "GET", lists[status].list end
  function D.expand(status) return "GET", lists[status].expand end
  function D.count(status) return "GET", lists[status].count end
  function D.create(p)
    return "POST", "/api/post", h.obj({
      { "title", p.title }, { "slug", p.slug }, { "status", p.status }, { "summary", p.summary },
      { "body", p.body }, { "rating", p.rating }, { "readingMinutes", p.readingMinutes },
      { "publishedAt", p.publishedAt }, { "author", p.author } })
  end
  function D.patch(id, c)
    return "PATCH", "/api/post/" .. id, h.obj({ { "title", c.title }, { "viewCount", c.viewCount } })
  end
  -- As the signed-in bench user: the role's rule (author.userId = $user.id) filters the rows.
  D.jwt_get = D.get
  function D.jwt_list() return "GET", "/api/post?sort=-publishedAt&limit=20" end
  return D
end
