-- Directus 11: /items/post with its filter, sort, fields (for the relations) and meta=filter_count.
return function(h)
  local D = {}
  local lists = {}
  for _, s in ipairs({ "draft", "published", "archived" }) do
    local base = "/items/post?filter%5Bstatus%5D%5B_eq%5D=" .. s .. "&sort=-published_at&limit=20"
    lists[s] = { list = base, count = base .. "&meta=filter_count",
                 expand = base .. "&fields=*,author_id.*,tags.target_id.*" }
  end
  function D.get(id) return "GET", "/items/post/" .. id end
  function D.list(status) return "GET", lists[status].list end
  function D.expand(status) return "GET", lists[status].expand end
  function D.count(status) return "GET", lists[status].count end
  function D.create(p)
    return "POST", "/items/post", h.obj({
      { "title", p.title }, { "slug", p.slug }, { "status", p.status }, { "summary", p.summary },
      { "body", p.body }, { "rating", p.rating }, { "reading_minutes", p.readingMinutes },
      { "published_at", p.publishedAt }, { "author_id", p.author } })
  end
  function D.patch(id, c)
    return "PATCH", "/items/post/" .. id, h.obj({ { "title", c.title }, { "view_count", c.viewCount } })
  end
  -- As the bench user: its role's permission (author_id.user_id = $CURRENT_USER) filters the rows.
  D.jwt_get = D.get
  function D.jwt_list() return "GET", "/items/post?sort=-published_at&limit=20" end
  return D
end
