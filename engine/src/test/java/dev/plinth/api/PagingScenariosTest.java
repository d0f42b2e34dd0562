package dev.plinth.api;

import static dev.plinth.api.Scenario.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.api.BlogApi.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sorting by several keys and through references; pages by offset and by cursor; the page size and its cap. */
class PagingScenariosTest extends BlogScenarios {

    private static final String BY_SLUG = "css-grid,go-basics,hello-java,java-records,java-streams,old-news,"
            + "percent-sale,pg-json,quoting,rest-apis,sql-indexes,sql-joins,unicode,untitled,web-forms";
    private static final int EXTRA_TAGS = 60;

    @Override
    void seed() {
        super.seed();
        String[] tags = IntStream.rangeClosed(1, EXTRA_TAGS)
                .mapToObj(i -> List.of("t" + i, "{\"name\": \"Tag %02d\", \"slug\": \"t%02d\"}".formatted(i, i)))
                .flatMap(List::stream).toArray(String[]::new);
        api.create("tag", tags);
    }

    @Override
    List<Scenario> scenarios() {
        return List.of(
                sorted("one key", "slug", BY_SLUG.split(",")),
                sorted("+ is ascending", "+slug", BY_SLUG.split(",")),
                sorted("- is descending", "-slug", reversed(BY_SLUG.split(","))),
                sorted("descending puts empty values first", "-rating,slug", "css-grid", "java-records",
                        "percent-sale", "unicode", "untitled", "java-streams", "hello-java", "pg-json", "rest-apis",
                        "sql-joins", "sql-indexes", "go-basics", "web-forms", "old-news", "quoting"),
                sorted("ascending puts empty values last", "rating,slug", "quoting", "old-news", "web-forms",
                        "go-basics", "sql-indexes", "rest-apis", "sql-joins", "hello-java", "pg-json", "java-streams",
                        "css-grid", "java-records", "percent-sale", "unicode", "untitled"),
                sorted("through a reference, then descending", "author.handle,-viewCount,slug", "rest-apis",
                        "hello-java", "java-streams", "quoting", "java-records", "sql-joins", "pg-json", "sql-indexes",
                        "old-news", "percent-sale", "go-basics", "web-forms", "unicode", "css-grid", "untitled"),
                get("through a reference to its order within", "/api/post?fields=slug&filter=series is not null"
                        + "&sort=-series.slug,seriesPart")
                        .posts("sql-joins", "sql-indexes", "hello-java", "java-streams", "java-records").inOrder(),
                get("by a boolean", "/api/post?fields=slug&sort=-featured,slug&limit=4")
                        .posts("hello-java", "rest-apis", "sql-joins", "css-grid").inOrder(),
                badSort("an unknown field", "nope", "sort.unknown"),
                badSort("an unknown field through a reference", "author.nope", "sort.unknown"),
                badSort("a many-to-many", "tags", "sort.not-sortable"),
                badSort("an inverse relation", "-comments", "sort.not-sortable"),
                badSort("through a many-to-many", "tags.name", "sort.through-to-many"),
                badSort("through an inverse relation", "comments.body", "sort.through-to-many"),
                badSort("a JSON field", "extra", "sort.not-sortable"),
                badSort("an empty key", "slug,", "sort.empty"),
                badSort("nine keys", "slug,title,rating,status,featured,viewCount,summary,body,id", "sort.too-many"),

                // offset pages
                get("limit and offset", "/api/post?fields=slug&sort=slug&limit=3&offset=3")
                        .posts("java-records", "java-streams", "old-news").inOrder(),
                get("the last page by offset", "/api/post?fields=slug&sort=slug&limit=3&offset=13")
                        .posts("untitled", "web-forms").inOrder()
                        .then((api, r) -> assertThat(r.json().get("meta").has("nextCursor")).isFalse()),
                get("an offset past the end", "/api/post?offset=15").posts(),
                get("the largest offset", "/api/post?offset=100000").posts(),
                get("an offset too large", "/api/post?offset=100001").problem(400, "page.offset"),
                get("a negative offset", "/api/post?offset=-1").problem(400, "page.offset"),

                // page size
                get("50 rows by default", "/api/tag?fields=slug").then(size(50))
                        .then((api, r) -> assertThat(r.json().at("/meta/nextCursor").asText()).isNotEmpty()),
                get("up to 500 rows on request", "/api/tag?fields=slug&limit=500").then(size(BlogData.TAGS + EXTRA_TAGS))
                        .then((api, r) -> assertThat(r.json().get("meta").has("nextCursor")).isFalse()),
                get("a page holding exactly the rest has no next cursor", "/api/post?limit=15").then(size(15))
                        .then((api, r) -> assertThat(r.json().get("meta").has("nextCursor")).isFalse()),
                get("a page with more after it has a next cursor", "/api/post?limit=14").then(size(14))
                        .then((api, r) -> assertThat(r.json().at("/meta/nextCursor").asText()).isNotEmpty()),
                get("a limit over the cap", "/api/tag?limit=501").problem(400, "page.limit"),
                get("a limit of 10^9", "/api/tag?limit=1000000000").problem(400, "page.limit"),
                get("a limit of 0", "/api/tag?limit=0").problem(400, "page.limit"),
                get("a limit of -1", "/api/tag?limit=-1").problem(400, "page.limit"),
                get("a limit that is no number", "/api/tag?limit=ten").problem(400, "page.limit"),

                // cursors
                get("a cursor from another sort", "/api/post?sort=-slug&cursor={cursor.by-slug}")
                        .given(PagingScenariosTest::rememberCursors).problem(400, "page.cursor"),
                get("a cursor from another entity", "/api/tag?sort=slug&cursor={cursor.by-slug}")
                        .given(PagingScenariosTest::rememberCursors).problem(400, "page.cursor"),
                get("a cursor with a changed payload", "/api/post?sort=slug&cursor={cursor.forged}")
                        .given(PagingScenariosTest::rememberCursors).problem(400, "page.cursor"),
                get("a cursor with a changed signature", "/api/post?sort=slug&cursor={cursor.resigned}")
                        .given(PagingScenariosTest::rememberCursors).problem(400, "page.cursor"),
                get("a cursor that is no cursor", "/api/post?cursor=abc").problem(400, "page.cursor"),
                get("a cursor too long", "/api/post?cursor=" + "a".repeat(5000) + ".b").problem(400, "page.cursor"),
                get("a cursor and an offset", "/api/post?sort=slug&offset=0&cursor={cursor.by-slug}")
                        .given(PagingScenariosTest::rememberCursors).problem(400, "page.cursor-with-offset"));
    }

    /** Walking every page by cursor gives every row once, in the order of one big page. */
    @ParameterizedTest(name = "sort={0}")
    @ValueSource(strings = {"", "slug", "-slug", "-rating", "rating,-slug", "featured", "-publishedAt",
            "author.name", "-series.title,seriesPart", "status,-viewCount", "createdAt"})
    void aCursorWalksEveryRowOnce(String sort) {
        List<String> all = ReadScenariosTest.slugs(api.get("/api/post?fields=slug&limit=500&sort=" + sort));

        for (int size : new int[] {1, 4, 7}) {
            assertThat(walk("/api/post?fields=slug&limit=" + size + "&sort=" + sort, null))
                    .as("pages of %d", size).isEqualTo(all);
        }
    }

    /** Rows created between pages do not shift the pages: no row is seen twice or skipped. */
    @Test
    void aCursorIsStableWhenRowsAreInsertedBetweenPages() {
        List<String> expected = new ArrayList<>(List.of(BY_SLUG.split(",")));
        expected.add(expected.indexOf("old-news") + 1, "old-news-2");
        expected.add("zzz-last");
        List<String> created = new ArrayList<>();
        try {
            List<String> walked = walk("/api/post?fields=slug&limit=4&sort=slug", blog -> {
                for (String slug : List.of("aaa-first", "old-news-2", "zzz-last")) {
                    Response response = blog.post("/api/post", """
                            {"title": "Inserted %s", "slug": "%s", "author": "{author.ann}"}""".formatted(slug, slug));
                    created.add(response.json().at("/data/id").asText());
                }
            });

            assertThat(walked).as("the rows after the first page's last, old and new, each once").isEqualTo(expected);
        } finally {
            created.forEach(id -> assertThat(api.send("DELETE", "/api/post/" + id, Map.of(), null).status())
                    .isEqualTo(204));
        }
    }

    /** The rows of every page from {@code path}, running {@code between} once after the first page. */
    private List<String> walk(String path, Consumer<BlogApi> between) {
        List<String> slugs = new ArrayList<>();
        Response page = api.get(path);
        for (int pages = 0; pages < 100; pages++) {
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            slugs.addAll(ReadScenariosTest.slugs(page));
            if (!page.json().get("meta").has("nextCursor")) {
                return slugs;
            }
            if (pages == 0 && between != null) {
                between.accept(api);
            }
            page = api.get(path + "&cursor=" + page.json().at("/meta/nextCursor").asText());
        }
        throw new AssertionError("more than 100 pages");
    }

    private static void rememberCursors(BlogApi api) {
        String cursor = api.get("/api/post?sort=slug&limit=2").json().at("/meta/nextCursor").asText();
        String[] parts = cursor.split("\\.");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("[\"" + api.id("post.hello-java") + "\"]").getBytes(StandardCharsets.UTF_8));
        api.remember("cursor.by-slug", cursor);
        api.remember("cursor.forged", forged + "." + parts[1]);
        api.remember("cursor.resigned", parts[0] + "." + (parts[1].startsWith("A") ? "B" : "A") + parts[1].substring(1));
    }

    private static Scenario sorted(String name, String sort, String... slugs) {
        return get("sort " + name, "/api/post?fields=slug&limit=500&sort=" + sort).posts(slugs).inOrder();
    }

    private static Scenario badSort(String name, String sort, String code) {
        return get("sort by " + name + " is a 400", "/api/post?sort=" + sort).problem(400, code);
    }

    private static Scenario.Check size(int rows) {
        return (api, r) -> assertThat(r.json().get("data")).hasSize(rows);
    }

    private static String[] reversed(String[] values) {
        List<String> list = new ArrayList<>(List.of(values));
        Collections.reverse(list);
        return list.toArray(String[]::new);
    }
}
