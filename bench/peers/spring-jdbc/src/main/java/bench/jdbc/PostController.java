package bench.jdbc;

import jakarta.validation.Valid;
import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /posts}: get, list (filtered by status, newest first, optionally with its total or expanded), create, patch. */
@RestController
@RequestMapping("/posts")
class PostController {

    private static final String COLUMNS = "p.id, p.title, p.slug, p.status, p.summary, p.body, p.cover_image, p.rating,"
            + " p.published_at, p.featured, p.reading_minutes, p.view_count, p.author_id, p.series_id, p.series_part,"
            + " p.created_at, p.updated_at, p.version,"
            + " array(select pt.target_id from post_tags pt where pt.source_id = p.id order by pt.target_id) as tags";

    /** The expanded list in one statement: the author joined, the tags aggregated in a lateral subquery. */
    private static final String EXPANDED = """
            select coalesce(json_agg(json_build_object(
                'id', p.id, 'title', p.title, 'slug', p.slug, 'status', p.status, 'summary', p.summary,
                'body', p.body, 'coverImage', p.cover_image, 'rating', p.rating, 'publishedAt', p.published_at,
                'featured', p.featured, 'readingMinutes', p.reading_minutes, 'viewCount', p.view_count,
                'series', p.series_id, 'seriesPart', p.series_part, 'createdAt', p.created_at,
                'updatedAt', p.updated_at, 'version', p.version,
                'author', json_build_object('id', a.id, 'name', a.name, 'handle', a.handle, 'email', a.email,
                    'bio', a.bio, 'website', a.website, 'avatarUrl', a.avatar_url, 'joinedOn', a.joined_on),
                'tags', t.tags) order by p.published_at desc, p.id), '[]')
            from (select * from post where status = ? order by published_at desc, id limit ?) p
            join author a on a.id = p.author_id
            cross join lateral (
                select coalesce(json_agg(json_build_object('id', tag.id, 'name', tag.name, 'slug', tag.slug,
                    'description', tag.description, 'color', tag.color) order by tag.id), '[]') as tags
                from post_tags pt join tag on tag.id = pt.target_id where pt.source_id = p.id) t
            """;

    private static final Set<String> PATCHABLE = Set.of("title", "summary", "body", "status", "rating", "viewCount",
            "readingMinutes", "featured", "publishedAt", "coverImage");

    private final JdbcTemplate jdbc;

    PostController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/{id}")
    Post get(@PathVariable UUID id) {
        return jdbc.query("select " + COLUMNS + " from post p where p.id = ?", POST, id).stream().findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping
    ResponseEntity<?> list(@RequestParam String status, @RequestParam(defaultValue = "20") int limit,
                           @RequestParam(defaultValue = "false") boolean count,
                           @RequestParam(required = false) String expand) {
        if (limit < 1 || limit > 100) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit is between 1 and 100");
        }
        if ("author,tags".equals(expand)) {
            String data = jdbc.queryForObject(EXPANDED, String.class, status, limit);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body("{\"data\":" + data + "}");
        }
        List<Post> posts = jdbc.query("select " + COLUMNS + " from post p where p.status = ?"
                + " order by p.published_at desc, p.id limit ?", POST, status, limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", posts);
        if (count) {
            body.put("total", jdbc.queryForObject("select count(*) from post where status = ?", Long.class, status));
        }
        return ResponseEntity.ok(body);
    }

    @PostMapping
    ResponseEntity<Post> create(@Valid @RequestBody NewPost post) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into post (id, title, slug, status, summary, body, rating, published_at, reading_minutes,"
                        + " author_id) values (?, ?, ?, coalesce(?, 'draft'), ?, ?, ?, ?, ?, ?)",
                id, post.title(), post.slug(), post.status(), post.summary(), post.body(), post.rating(),
                post.publishedAt(), post.readingMinutes(), post.author());
        return ResponseEntity.created(URI.create("/posts/" + id)).body(get(id));
    }

    @PatchMapping("/{id}")
    Post patch(@PathVariable UUID id, @RequestBody Map<String, Object> changes) {
        if (changes.isEmpty() || !PATCHABLE.containsAll(changes.keySet())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "only " + PATCHABLE + " can be changed");
        }
        StringBuilder set = new StringBuilder("version = version + 1, updated_at = now()");
        List<Object> values = new ArrayList<>();
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            set.append(", ").append(column(change.getKey())).append(" = ?");
            values.add(change.getValue());
        }
        values.add(id);
        if (jdbc.update("update post set " + set + " where id = ?", values.toArray()) == 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return get(id);
    }

    private static String column(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase();
    }

    private static final RowMapper<Post> POST = (rs, n) -> new Post(rs.getObject("id", UUID.class),
            rs.getString("title"), rs.getString("slug"), rs.getString("status"), rs.getString("summary"),
            rs.getString("body"), rs.getString("cover_image"), rs.getBigDecimal("rating"),
            rs.getObject("published_at", java.time.OffsetDateTime.class), rs.getBoolean("featured"),
            (Integer) rs.getObject("reading_minutes"), rs.getLong("view_count"), rs.getObject("author_id", UUID.class),
            uuids(rs, "tags"), rs.getObject("series_id", UUID.class), (Integer) rs.getObject("series_part"),
            rs.getObject("created_at", java.time.OffsetDateTime.class),
            rs.getObject("updated_at", java.time.OffsetDateTime.class), rs.getInt("version"));

    private static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
