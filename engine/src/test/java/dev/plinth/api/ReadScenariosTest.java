package dev.plinth.api;

import static dev.plinth.api.Scenario.delete;
import static dev.plinth.api.Scenario.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.api.BlogApi.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading: lists and rows, 404s, fields, expand at depth, counts; and a list with everything is one statement. */
class ReadScenariosTest extends BlogScenarios {

    private static final String HELLO = "/api/post/{post.hello-java}";

    @Override
    List<Scenario> scenarios() {
        return List.of(
                // lists and rows
                get("a list holds every row, with meta", "/api/tag?sort=slug")
                        .expect(200, "{data: [{slug: 'go'}, {slug: 'java'}, {slug: 'sql'}, {slug: 'unused'},"
                                + " {slug: 'web'}], meta: {}}").inOrder()
                        .then((api, r) -> assertThat(r.header("Content-Type")).startsWith("application/json")),
                get("a row holds its fields, references as ids and system fields", HELLO)
                        .expect(200, """
                                {data: {id: '{post.hello-java}', title: 'Hello, Java', slug: 'hello-java',
                                 status: 'published', rating: 4.5, publishedAt: '2024-01-10T09:00:00+00:00',
                                 featured: true, readingMinutes: 5, viewCount: 1200, extra: {words: 3600},
                                 author: '{author.ann}', tags: ['{tag.java}'], series: '{series.java-basics}',
                                 seriesPart: 1, version: 1}}""")
                        .then((api, r) -> {
                            assertThat(r.header("ETag")).isEqualTo("\"1\"");
                            assertThat(r.json().get("data").has("comments")).as("inverse relations only on request")
                                    .isFalse();
                            assertThat(r.json().at("/data/createdAt").asText()).isNotEmpty();
                            assertThat(r.json().at("/data/createdBy").asText()).as("the signed-in admin").hasSize(36);
                        }),
                get("a changed row has a newer version", "/api/comment/{comment.bump}")
                        .expect(200, "{data: {replyTo: '{comment.versioning}', version: 2}}")
                        .then((api, r) -> assertThat(r.header("ETag")).isEqualTo("\"2\"")),
                get("an unknown entity is a 404", "/api/nope").problem(404, "entity.not-found"),
                get("an unknown entity's row is a 404", "/api/nope/{post.hello-java}").problem(404, "entity.not-found"),
                get("an unknown id is a 404", "/api/post/0190a5e4-6b1c-7d2e-8f30-1a2b3c4d5e6f")
                        .problem(404, "row.not-found"),
                get("a malformed id is a 404", "/api/post/not-an-id").problem(404, "row.not-found"),
                get("another entity's id is a 404", "/api/post/{author.ann}").problem(404, "row.not-found"),
                delete("a list cannot be deleted", "/api/post").problem(405, "http.405")
                        .then((api, r) -> assertThat(r.header("Allow")).contains("GET", "POST")),
                get("a path under /api that is no endpoint is a 404", HELLO + "/comments").problem(404, "http.404"),
                get("/api itself is no endpoint", "/api").problem(404, "http.404"),
                Scenario.post("a row cannot be posted to", HELLO, "{}").problem(405, "http.405")
                        .then((api, r) -> assertThat(r.header("Allow")).contains("GET", "PATCH", "PUT", "DELETE")
                                .doesNotContain("POST")),
                Scenario.of("OPTIONS names a row's methods", "OPTIONS", HELLO, null).expect(200)
                        .then((api, r) -> {
                            assertThat(r.header("Allow")).isEqualTo("GET,HEAD,PUT,PATCH,DELETE,OPTIONS");
                            assertThat(r.body()).isEmpty();
                        }),
                Scenario.of("OPTIONS names a list's methods", "OPTIONS", "/api/post", null).expect(200)
                        .then((api, r) -> assertThat(r.header("Allow")).isEqualTo("GET,HEAD,POST,OPTIONS")),
                Scenario.of("HEAD answers a row's headers without its body", "HEAD", HELLO, null).expect(200)
                        .then((api, r) -> {
                            assertThat(r.header("ETag")).isEqualTo("\"1\"");
                            assertThat(r.header("Content-Type")).startsWith("application/json");
                            assertThat(r.body()).isEmpty();
                        }),
                get("If-None-Match with the row's ETag is a 304 without a body", HELLO).header("If-None-Match", "\"1\"")
                        .expect(304).then((api, r) -> {
                            assertThat(r.header("ETag")).isEqualTo("\"1\"");
                            assertThat(r.body()).isEmpty();
                        }),
                get("If-None-Match with another version reads the row", HELLO).header("If-None-Match", "W/\"7\"")
                        .expect(200, "{data: {slug: 'hello-java', version: 1}}"),
                get("a percent-encoded path names the same row", "/api/p%6Fst/{post.hello-java}")
                        .expect(200, "{data: {slug: 'hello-java'}}"),
                get("a trailing slash is no endpoint", HELLO + "/").problem(404, "http.404"),

                // fields
                get("fields picks members, keeping id and version", HELLO + "?fields=title,rating")
                        .expect(200, "{data: {id: '{post.hello-java}', version: 1, title: 'Hello, Java', rating: 4.5}}")
                        .then((api, r) -> assertThat(names(r.json().get("data")))
                                .containsExactlyInAnyOrder("id", "version", "title", "rating")),
                get("fields reaches through a reference", HELLO + "?fields=title,author.name,author.handle")
                        .expect(200, "{data: {author: {name: 'Ann Lee', handle: 'ann'}}}")
                        .then((api, r) -> assertThat(names(r.json().at("/data/author")))
                                .containsExactlyInAnyOrder("id", "version", "name", "handle")),
                get("a many-to-many not expanded is its ids in order", "/api/post/{post.pg-json}?fields=tags")
                        .expect(200, "{data: {tags: ['{tag.sql}', '{tag.web}']}}").inOrder(),
                get("a many-to-many not expanded and without rows is []", "/api/post/{post.old-news}?fields=tags")
                        .expect(200, "{data: {tags: []}}"),
                get("a list's many-to-many ids", "/api/post?fields=slug,tags&filter=slug in ('pg-json', 'old-news')&sort=slug")
                        .expect(200, "{data: [{slug: 'old-news', tags: []}, {slug: 'pg-json', tags: ['{tag.sql}', '{tag.web}']}]}")
                        .inOrder(),
                get("fields reaches across a many-to-many", "/api/post/{post.go-basics}?fields=tags.name")
                        .expect(200, "{data: {tags: [{name: 'Go'}, {name: 'Java'}]}}"),
                get("fields reaches through an inverse relation", "/api/post/{post.rest-apis}?fields=comments.authorName")
                        .expect(200, "{data: {comments: [{authorName: 'Gus'}, {authorName: 'Dana'}, {authorName: 'Hal'}]}}"),
                get("fields on a list", "/api/author?fields=handle&sort=handle")
                        .expect(200, "{data: [{handle: 'ann'}, {handle: 'bob'}, {handle: 'cyrus'}]}").inOrder(),
                get("an unknown field in fields is a 400", HELLO + "?fields=title,nope").problem(400, "fields.unknown"),
                get("fields past a scalar is a 400", HELLO + "?fields=title.length").problem(400, "fields.not-a-relation"),
                get("an empty name in fields is a 400", HELLO + "?fields=title,,slug").problem(400, "fields.empty"),

                // expand
                get("expand a reference", HELLO + "?expand=author")
                        .expect(200, "{data: {author: {id: '{author.ann}', handle: 'ann', email: 'ann@example.com'}}}"),
                get("expand a many-to-many", "/api/post/{post.pg-json}?expand=tags")
                        .expect(200, "{data: {tags: [{slug: 'sql'}, {slug: 'web'}]}}"),
                get("expand an inverse relation", HELLO + "?expand=comments")
                        .expect(200, "{data: {comments: [{authorName: 'Dana', approved: true},"
                                + " {authorName: 'Eli', approved: false}]}}"),
                get("expand several relations at once", HELLO + "?expand=author,tags,series,comments")
                        .expect(200, "{data: {author: {handle: 'ann'}, tags: [{slug: 'java'}],"
                                + " series: {slug: 'java-basics'}, comments: [{}, {}]}}"),
                get("expand two deep from an author", "/api/author/{author.bob}?expand=posts.tags&fields=handle,posts.slug")
                        .expect(200, """
                                {data: {handle: 'bob', posts: [{slug: 'sql-joins', tags: [{slug: 'sql'}]},
                                 {slug: 'sql-indexes', tags: [{slug: 'sql'}]}, {slug: 'pg-json', tags: [{}, {}]},
                                 {slug: 'old-news', tags: []}, {slug: 'percent-sale', tags: []}]}}"""),
                get("a row takes no filter", HELLO + "?filter=title ~ 'x'").problem(400, "parameter.unknown"),
                get("expand three deep, the limit, on a row", "/api/author/{author.ann}?expand=posts.comments.replies")
                        .expect(200, "{data: {posts: [{}, {}, {}, {}, {}]}}")
                        .then((api, r) -> assertThat(r.json().findValuesAsText("authorName")).contains("Hal")),
                get("expand on a list", "/api/post?expand=author&fields=slug,author.handle&filter=slug = 'sql-joins'")
                        .expect(200, "{data: [{slug: 'sql-joins', author: {handle: 'bob'}}]}"),
                get("expand deeper than the limit is a 400", "/api/author/{author.ann}?expand=posts.comments.replies.post")
                        .problem(400, "expand.too-deep"),
                get("expand an unknown relation is a 400", HELLO + "?expand=nope").problem(400, "expand.unknown"),
                get("expand a scalar is a 400", HELLO + "?expand=title").problem(400, "expand.not-a-relation"),
                get("expand past a scalar is a 400", HELLO + "?expand=title.author").problem(400, "expand.not-a-relation"),

                // counts
                get("count=exact gives the total", "/api/post?count=exact&limit=1").expect(200, "{meta: {total: 15}}"),
                get("count=exact counts the filtered rows", "/api/post?count=exact&filter=status = 'draft'&limit=1")
                        .expect(200, "{meta: {total: 4}}"),
                get("count=estimated is exact for small tables", "/api/post?count=estimated&limit=1")
                        .expect(200, "{meta: {total: 15}}")
                        .then((api, r) -> assertThat(r.json().get("meta").has("totalIsEstimate")).isFalse()),
                get("count=none gives no total", "/api/post?count=none&limit=1")
                        .then((api, r) -> assertThat(r.json().get("meta").has("total")).isFalse()),
                get("no count gives no total", "/api/post?limit=1")
                        .then((api, r) -> assertThat(r.json().get("meta").has("total")).isFalse()),
                get("count ignores case", "/api/tag?count=EXACT").expect(200, "{meta: {total: 5}}"),
                get("an unknown count is a 400", "/api/post?count=all").problem(400, "count.mode"));
    }

    @Test
    void theBlogIsSeededThroughTheApi() {
        assertThat(List.of(api.count("author"), api.count("tag"), api.count("series"), api.count("post"),
                api.count("comment"))).containsExactly((long) BlogData.AUTHORS, (long) BlogData.TAGS,
                (long) BlogData.SERIES, (long) BlogData.POSTS, (long) BlogData.COMMENTS);
    }

    @Test
    void aListWithExpansionsFilterAndSortIsOneStatementAndItsCountOneMore() {
        ApiTestApp.StatementCount statements = api.bean(ApiTestApp.StatementCount.class);
        String list = "/api/post?expand=author,tags,comments.replies"
                + "&filter=status = 'published' and (tags.slug = 'java' or author.name ~ 'bob')&sort=author.name,-publishedAt";
        statements.reset();
        Response uncounted = api.get(list);
        assertThat(statements.get()).as("SQL statements for one list").isEqualTo(1);

        statements.reset();
        Response response = api.get(list + "&count=exact");
        assertThat(statements.get()).as("the transaction's snapshot, the page, the count").isEqualTo(3);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("data")).isEqualTo(uncounted.json().get("data"));
        assertThat(response.json().at("/meta/total").asInt()).isEqualTo(7);
        assertThat(slugs(response)).containsExactly("rest-apis", "java-streams", "hello-java", "pg-json",
                "sql-indexes", "sql-joins", "go-basics");
        JsonNode comments = response.json().at("/data/0/comments");
        assertThat(comments.findValues("replies")).as("rest-apis' comments and their replies")
                .extracting(JsonNode::size).containsExactlyInAnyOrder(0, 0, 1);
        assertThat(comments.findValuesAsText("authorName")).containsExactlyInAnyOrder("Gus", "Dana", "Hal", "Hal");
    }

    @Test
    void aRowWithExpansionsIsOneStatement() {
        ApiTestApp.StatementCount statements = api.bean(ApiTestApp.StatementCount.class);
        statements.reset();

        Response response = api.get("/api/author/{author.ann}?expand=posts.tags,posts.comments");

        assertThat(statements.get()).as("SQL statements for one row").isEqualTo(1);
        assertThat(response.json().at("/data/posts")).hasSize(5);
    }

    static List<String> slugs(Response response) {
        List<String> slugs = new ArrayList<>();
        response.json().get("data").forEach(row -> slugs.add(row.get("slug").asText()));
        return slugs;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
