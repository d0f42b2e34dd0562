-- The Spring Data REST + JPA peer: /posts, its search resources, the 'expanded' projection; relations as URIs.
return function(h)
  local D = {}
  local lists = {}
  for _, s in ipairs({ "draft", "published", "archived" }) do
    local q = "?status=" .. s .. "&size=20&sort=publishedAt,desc"
    lists[s] = { list = "/posts/search/byStatus" .. q, expand = "/posts/search/byStatus" .. q .. "&projection=expanded",
                 count = "/posts/search/byStatusCounted" .. q }
  end
  function D.get(id) return "GET", "/posts/" .. id end
  function D.list(status) return "GET", lists[status].list end
  function D.expand(status) return "GET", lists[status].expand end
  function D.count(status) return "GET", lists[status].count end
  function D.create(p)
    return "POST", "/posts", h.obj({
      { "title", p.title }, { "slug", p.slug }, { "status", p.status }, { "summary", p.summary },
      { "body", p.body }, { "rating", p.rating }, { "readingMinutes", p.readingMinutes },
      { "publishedAt", p.publishedAt }, { "author", "/authors/" .. p.author } })
  end
  function D.patch(id, c)
    return "PATCH", "/posts/" .. id, h.obj({ { "title", c.title }, { "viewCount", c.viewCount } })
  end
  return D
end
