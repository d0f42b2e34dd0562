package dev.plinth.api;

import static dev.plinth.api.Scenario.delete;
import static dev.plinth.api.Scenario.patch;
import static dev.plinth.api.Scenario.post;
import static dev.plinth.api.Scenario.put;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Writing: create one and many (all or nothing), patch, put, delete, versions with ETag and If-Match, references to
 * missing rows, unique values, and what deleting a referenced row does. Each scenario that changes a row creates it
 * first, so scenarios do not depend on each other.
 */
class WriteScenariosTest extends BlogScenarios {

    private static final String SCRATCH = "/api/post/{post.scratch}";
    private static final AtomicInteger SCRATCHES = new AtomicInteger();
    private static final String NO_SUCH_ID = "0190a5e4-6b1c-7d2e-8f30-1a2b3c4d5e6f";

    @Override
    List<Scenario> scenarios() {
        return List.of(
                // create
                post("create one: 201, Location and ETag", "/api/tag", "{\"name\": \"Rust\", \"slug\": \"rust\"}")
                        .expect(201, "{data: {name: 'Rust', slug: 'rust', color: '#6b7280', version: 1}}")
                        .then((api, r) -> {
                            assertThat(r.header("Location")).isEqualTo("/api/tag/" + r.json().at("/data/id").asText());
                            assertThat(r.header("ETag")).isEqualTo("\"1\"");
                            assertThat(api.get(r.header("Location")).body()).isEqualTo(r.body());
                        }),
                post("create one with fields and expand", "/api/post?fields=slug,author.handle",
                        "{\"title\": \"Fresh\", \"slug\": \"fresh\", \"author\": \"{author.bob}\", \"tags\": [\"{tag.go}\"]}")
                        .expect(201, "{data: {slug: 'fresh', author: {handle: 'bob'}}}")
                        .then((api, r) -> assertThat(r.json().get("data").has("title")).isFalse()),
                post("create many: 201 with the rows in order", "/api/tag", """
                        [{"name": "Kotlin", "slug": "kotlin"}, {"name": "Scala", "slug": "scala", "color": "#dc322f"}]""")
                        .expect(201, "{data: [{slug: 'kotlin', version: 1}, {slug: 'scala', color: '#dc322f'}]}").inOrder()
                        .then((api, r) -> assertThat(r.header("Location")).isNull()),
                post("a batch's rows list by id in the order they were sent", "/api/tag", batchOfTags())
                        .expect(201, "{}")
                        .then((api, r) -> {
                            assertThat(ReadScenariosTest.slugs(r)).containsExactlyElementsOf(sentSlugs());
                            assertThat(ReadScenariosTest.slugs(api.get("/api/tag?fields=slug&filter=slug ^~ 'sent-'")))
                                    .containsExactlyElementsOf(sentSlugs());
                        }),
                post("a batch with an invalid row writes nothing", "/api/tag", """
                        [{"name": "Elixir", "slug": "elixir"}, {"name": "Erlang"}]""")
                        .problem(422, "validation").expect(422, "{errors: [{field: '[1].slug', code: 'required'}]}")
                        .then(nothingWith("tag", "slug in ('elixir', 'erlang')")),
                post("a batch taking a unique value writes nothing", "/api/tag", """
                        [{"name": "Zig", "slug": "zig"}, {"name": "Java 2", "slug": "java"}]""")
                        .problem(409, "unique").expect(409, "{errors: [{field: 'slug', code: 'unique'}]}")
                        .then(nothingWith("tag", "slug = 'zig' or name = 'Java 2'")),
                post("a batch repeating a unique value writes nothing", "/api/tag", """
                        [{"name": "Nim", "slug": "nim"}, {"name": "Nim", "slug": "nim-2"}]""")
                        .problem(409, "unique").expect(409, "{errors: [{field: 'name'}]}")
                        .then(nothingWith("tag", "name = 'Nim'")),
                post("a batch pointing at a missing row writes nothing", "/api/post", """
                        [{"title": "Good", "slug": "good-one", "author": "{author.ann}"},
                         {"title": "Bad", "slug": "bad-one", "author": "%s"}]""".formatted(NO_SUCH_ID))
                        .problem(422, "validation").expect(422, "{errors: [{field: '[1].author', code: 'reference'}]}")
                        .then(nothingWith("post", "slug in ('good-one', 'bad-one')")),

                // patch and put
                patch("patch changes only what it names", SCRATCH, "{\"title\": \"Patched title\"}").given(scratch())
                        .expect(200, "{data: {title: 'Patched title', rating: 4.5, summary: 'Scratch.',"
                                + " tags: ['{tag.java}', '{tag.web}'], version: 2}}")
                        .then((api, r) -> assertThat(r.header("ETag")).isEqualTo("\"2\"")),
                patch("the first and last moments a datetime holds read back as written", SCRATCH,
                        "{\"publishedAt\": \"0001-01-01T00:00:00Z\"}").given(scratch())
                        .expect(200, "{data: {publishedAt: '0001-01-01T00:00:00+00:00'}}")
                        .then((api, r) -> assertThat(api.patch("/api/post/" + r.json().at("/data/id").asText(),
                                        "{\"publishedAt\": \"9999-12-31T23:59:59.999999Z\"}")
                                .json().at("/data/publishedAt").asText()).isEqualTo("9999-12-31T23:59:59.999999+00:00")),
                patch("patch replaces the links of a many-to-many", SCRATCH, "{\"tags\": [\"{tag.sql}\"]}")
                        .given(scratch()).expect(200, "{data: {tags: ['{tag.sql}']}}"),
                patch("patch null empties an optional field", SCRATCH, "{\"rating\": null, \"tags\": null}")
                        .given(scratch()).expect(200, "{data: {rating: null, tags: []}}"),
                patch("patch null on a required field is a 422", SCRATCH, "{\"title\": null}").given(scratch())
                        .problem(422, "validation").expect(422, "{errors: [{field: 'title', code: 'required'}]}"),
                put("put empties or defaults every field it leaves out", SCRATCH, """
                        {"title": "Replaced", "slug": "replaced", "author": "{author.bob}"}""").given(scratch())
                        .expect(200, """
                                {data: {title: 'Replaced', author: '{author.bob}', summary: null, rating: null, extra: null,
                                 tags: [], series: null, status: 'draft', featured: false, viewCount: 0, version: 2}}"""),
                put("put without a required field is a 422", SCRATCH, "{\"slug\": \"replaced\"}").given(scratch())
                        .problem(422, "validation")
                        .expect(422, "{errors: [{field: 'title', code: 'required'}, {field: 'author', code: 'required'}]}"),
                patch("patch of a missing row is a 404", "/api/post/" + NO_SUCH_ID, "{\"title\": \"Nobody\"}")
                        .problem(404, "row.not-found"),

                // delete
                delete("delete: 204 and the row is gone", SCRATCH).given(scratch()).expect(204)
                        .then((api, r) -> {
                            assertThat(r.body()).isEmpty();
                            assertThat(api.get(SCRATCH).status()).isEqualTo(404);
                        }),
                delete("delete of a missing row is a 404", "/api/post/" + NO_SUCH_ID).problem(404, "row.not-found"),
                delete("delete takes no parameters", "/api/post/{post.hello-java}?fields=id")
                        .problem(400, "parameter.unknown"),

                // versions
                patch("If-Match of the current version: 200, version + 1", SCRATCH, "{\"title\": \"Matched\"}")
                        .given(scratch()).header("If-Match", "\"1\"")
                        .expect(200, "{data: {title: 'Matched', version: 2}}")
                        .then((api, r) -> assertThat(r.header("ETag")).isEqualTo("\"2\"")),
                patch("If-Match of an old version: 412, nothing changed", SCRATCH, "{\"title\": \"Lost update\"}")
                        .given(scratch().andThen(api -> api.patch(SCRATCH, "{\"rating\": 3}")))
                        .header("If-Match", "\"1\"").problem(412, "version.stale")
                        .then((api, r) -> {
                            assertThat(r.json().get("detail").asText()).contains("version 2");
                            assertThat(api.get(SCRATCH).json().at("/data/title").asText()).isEqualTo("Scratch post");
                            assertThat(api.get(SCRATCH).header("ETag")).isEqualTo("\"2\"");
                        }),
                patch("If-Match takes a weak tag", SCRATCH, "{\"title\": \"Weak\"}").given(scratch())
                        .header("If-Match", "W/\"1\"").expect(200, "{data: {version: 2}}"),
                patch("If-Match * matches any version", SCRATCH, "{\"title\": \"Any\"}").given(scratch())
                        .header("If-Match", "*").expect(200, "{data: {version: 2}}"),
                patch("If-Match that is no tag is a 400", SCRATCH, "{\"title\": \"Tagless\"}").given(scratch())
                        .header("If-Match", "yesterday").problem(400, "header.if-match"),
                put("put with an old version is a 412", SCRATCH, """
                        {"title": "Replaced", "slug": "replaced", "author": "{author.bob}"}""")
                        .given(scratch().andThen(api -> api.patch(SCRATCH, "{\"rating\": 3}")))
                        .header("If-Match", "\"1\"").problem(412, "version.stale"),
                delete("delete with an old version is a 412 and keeps the row", SCRATCH)
                        .given(scratch().andThen(api -> api.patch(SCRATCH, "{\"rating\": 3}")))
                        .header("If-Match", "\"1\"").problem(412, "version.stale")
                        .then((api, r) -> assertThat(api.get(SCRATCH).status()).isEqualTo(200)),
                delete("delete with the current version", SCRATCH).given(scratch()).header("If-Match", "\"1\"")
                        .expect(204),

                // references and uniques
                post("a reference to a missing row is a 422 naming the field", "/api/post", """
                        {"title": "Orphan", "slug": "orphan", "author": "%s"}""".formatted(NO_SUCH_ID))
                        .problem(422, "validation").expect(422, "{errors: [{field: 'author', code: 'reference'}]}")
                        .then(nothingWith("post", "slug = 'orphan'")),
                post("a link to a missing row is a 422 naming the field", "/api/post", """
                        {"title": "Orphan", "slug": "orphan", "author": "{author.ann}", "tags": ["{tag.go}", "%s"]}"""
                        .formatted(NO_SUCH_ID))
                        .problem(422, "validation").expect(422, "{errors: [{field: 'tags', code: 'reference'}]}")
                        .then(nothingWith("post", "slug = 'orphan'")),
                patch("a reference to a row of another entity is a 422", "/api/comment/{comment.typo}",
                        "{\"replyTo\": \"{post.hello-java}\"}")
                        .problem(422, "validation").expect(422, "{errors: [{field: 'replyTo', code: 'reference'}]}"),
                post("a taken unique value is a 409 naming the field", "/api/author", """
                        {"name": "Ann Again", "handle": "ann", "email": "ann2@example.com"}""")
                        .problem(409, "unique").expect(409, "{errors: [{field: 'handle', code: 'unique'}]}")
                        .then(nothingWith("author", "name = 'Ann Again'")),
                post("a taken pair of values is a 409 naming both fields", "/api/post", """
                        {"title": "Part one again", "slug": "part-one-again", "author": "{author.ann}",
                         "series": "{series.java-basics}", "seriesPart": 1}""")
                        .problem(409, "unique")
                        .expect(409, "{errors: [{field: 'series', code: 'unique'}, {field: 'seriesPart'}]}"),
                patch("changing to a taken value is a 409", "/api/tag/{tag.unused}", "{\"slug\": \"sql\"}")
                        .problem(409, "unique").expect(409, "{errors: [{field: 'slug'}]}")
                        .then((api, r) -> assertThat(api.get("/api/tag/{tag.unused}").json().at("/data/slug").asText())
                                .isEqualTo("unused")),

                // what deletes do to the rows that point at them
                delete("deleting a row still referenced (restrict) is a 409", "/api/author/{author.ann}")
                        .problem(409, "referenced")
                        .then((api, r) -> assertThat(api.get("/api/author/{author.ann}").status()).isEqualTo(200)),
                delete("deleting a post deletes its comments (cascade)", SCRATCH)
                        .given(scratch().andThen(api -> api.create("comment",
                                "first", "{\"post\": \"{post.scratch}\", \"authorName\": \"Ivy\", \"authorEmail\":"
                                        + " \"ivy@example.net\", \"body\": \"First!\"}",
                                "second", "{\"post\": \"{post.scratch}\", \"authorName\": \"Jo\", \"authorEmail\":"
                                        + " \"jo@example.net\", \"body\": \"Second.\"}")))
                        .expect(204)
                        .then((api, r) -> {
                            assertThat(api.get("/api/comment/{comment.first}").status()).isEqualTo(404);
                            assertThat(api.get("/api/comment/{comment.second}").status()).isEqualTo(404);
                        }),
                delete("deleting a series empties its posts' series (set null)", "/api/series/{series.scratch}")
                        .given(api -> {
                            api.create("series", "scratch", "{\"title\": \"Scratch\", \"slug\": \"scratch\"}");
                            api.create("post", "in-series", "{\"title\": \"In a series\", \"slug\": \"in-series\","
                                    + " \"author\": \"{author.ann}\", \"series\": \"{series.scratch}\", \"seriesPart\": 1}");
                        })
                        .expect(204)
                        .then((api, r) -> assertThat(api.get("/api/post/{post.in-series}").json().at("/data/series")
                                .isNull()).isTrue()),
                delete("deleting a comment empties its replies' replyTo (set null)", "/api/comment/{comment.parent}")
                        .given(api -> {
                            api.create("comment", "parent", "{\"post\": \"{post.old-news}\", \"authorName\": \"Kim\","
                                    + " \"authorEmail\": \"kim@example.net\", \"body\": \"Parent\"}");
                            api.create("comment", "child", "{\"post\": \"{post.old-news}\", \"authorName\": \"Lu\","
                                    + " \"authorEmail\": \"lu@example.net\", \"body\": \"Child\","
                                    + " \"replyTo\": \"{comment.parent}\"}");
                        })
                        .expect(204)
                        .then((api, r) -> assertThat(api.get("/api/comment/{comment.child}").json()
                                .at("/data/replyTo").isNull()).isTrue()),
                delete("deleting a tag unlinks it from its posts", "/api/tag/{tag.scratch}")
                        .given(api -> {
                            api.create("tag", "scratch", "{\"name\": \"Scratch\", \"slug\": \"scratch\"}");
                            api.create("post", "tagged", "{\"title\": \"Tagged\", \"slug\": \"tagged\","
                                    + " \"author\": \"{author.ann}\", \"tags\": [\"{tag.scratch}\", \"{tag.go}\"]}");
                        })
                        .expect(204)
                        .then((api, r) -> assertThat(api.get("/api/post/{post.tagged}").json().at("/data/tags"))
                                .hasSize(1)),

                // values that look like SQL are only values
                post("text that looks like SQL is stored as it is", "/api/tag", """
                        {"name": "'; drop table post; --", "slug": "sql-like",
                         "description": "/* comment */ \\" OR 1=1 -- ü 😀 \\\\"}""")
                        .expect(201, """
                                {data: {name: "'; drop table post; --",
                                 description: "/* comment */ \\" OR 1=1 -- ü 😀 \\\\"}}""")
                        .then((api, r) -> assertThat(api.get("/api/post/{post.hello-java}").status()).isEqualTo(200)));
    }

    /** Creates a new post and names it {@code post.scratch}, for the scenario that asks. */
    /** Forty tags sent in an order that is neither their slugs' order nor its reverse. */
    private static List<String> sentSlugs() {
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            slugs.add("sent-%02d".formatted(i * 17 % 40));
        }
        return slugs;
    }

    private static String batchOfTags() {
        return sentSlugs().stream()
                .map(slug -> "{\"name\": \"%s\", \"slug\": \"%s\"}".formatted(slug, slug))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static Consumer<BlogApi> scratch() {
        return api -> api.create("post", "scratch", """
                {"title": "Scratch post", "slug": "scratch-%d", "author": "{author.ann}", "status": "published",
                 "summary": "Scratch.", "rating": 4.5, "featured": true, "viewCount": 5, "extra": {"a": 1},
                 "tags": ["{tag.java}", "{tag.web}"]}""".formatted(SCRATCHES.incrementAndGet()));
    }

    /** After the scenario: no row of {@code entity} matches {@code filter}. */
    private static Scenario.Check nothingWith(String entity, String filter) {
        return (api, r) -> assertThat(api.get("/api/" + entity + "?filter=" + filter).json().get("data"))
                .as("rows written").isEmpty();
    }
}
