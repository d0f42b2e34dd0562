-- Platformatic DB: REST for rows and lists (where/orderby/limit, totalCount), PUT for updates (there is no
-- PATCH), and its GraphQL endpoint for the expanded list (REST does not embed relations).
return function(h)
  local D = {}
  local lists = {}
  local fields = "id title slug status summary body coverImage rating publishedAt featured readingMinutes viewCount"
    .. " createdAt updatedAt version"
  for _, s in ipairs({ "draft", "published", "archived" }) do
    local base = "/post/?where.status.eq=" .. s .. "&orderby.publishedAt=desc&limit=20"
    local query = '{ post(where: {status: {eq: "' .. s .. '"}}, orderBy: {field: publishedAt, direction: DESC},'
      .. ' limit: 20) { ' .. fields .. ' author { id name handle email bio website avatarUrl joinedOn }'
      .. ' postTags { target { id name slug description color } } } }'
    lists[s] = { list = base, count = base .. "&totalCount=true",
                 expand = h.obj({ { "query", query } }) }
  end
  function D.get(id) return "GET", "/post/" .. id end
  function D.list(status) return "GET", lists[status].list end
  function D.expand(status) return "POST", "/graphql", lists[status].expand end
  function D.count(status) return "GET", lists[status].count end
  function D.create(p)
    return "POST", "/post/", h.obj({
      { "title", p.title }, { "slug", p.slug }, { "status", p.status }, { "summary", p.summary },
      { "body", p.body }, { "rating", p.rating }, { "readingMinutes", p.readingMinutes },
      { "publishedAt", p.publishedAt }, { "authorId", p.author },
      -- required by its input schema although the columns have defaults
      { "featured", false }, { "viewCount", 0 }, { "version", 1 } })
  end
  -- PUT replaces: the body carries every required field, the row's own values but for the changed ones.
  D.needs_rows = true
  function D.patch(id, c, row)
    return "PUT", "/post/" .. id, h.obj({ { "title", c.title }, { "viewCount", c.viewCount }, { "slug", row.slug },
      { "status", row.status }, { "authorId", row.author }, { "featured", row.featured }, { "version", 1 } })
  end
  return D
end
