package dev.plinth.api;

import static dev.plinth.api.Scenario.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * {@code ?filter=} over HTTP: every operator, every kind of literal, paths through references, many-to-many and
 * inverse relations, and the 400s that point at the character in the filter where the problem is.
 */
class FilterScenariosTest extends BlogScenarios {

    @Override
    List<Scenario> scenarios() {
        return List.of(
                // comparisons
                posts("= on an enum", "status = 'archived'", "web-forms", "old-news"),
                posts("= on a decimal", "rating = 4.5", "hello-java", "pg-json"),
                posts("= on a decimal written with more digits", "rating = 4.50", "hello-java", "pg-json"),
                posts("!= leaves out empty values", "rating != 4.5", "java-streams", "sql-joins", "sql-indexes",
                        "go-basics", "web-forms", "rest-apis", "old-news", "quoting"),
                posts("<", "rating < 3", "web-forms", "old-news", "quoting"),
                posts("<=", "rating <= 3", "go-basics", "web-forms", "old-news", "quoting"),
                posts(">", "rating > 4", "hello-java", "java-streams", "pg-json"),
                posts(">=", "rating >= 4", "hello-java", "java-streams", "sql-joins", "rest-apis", "pg-json"),
                posts("a negative number", "rating > -1", "hello-java", "java-streams", "sql-joins", "sql-indexes",
                        "go-basics", "web-forms", "rest-apis", "pg-json", "old-news", "quoting"),
                posts("integers in a range", "readingMinutes >= 10 and readingMinutes < 12", "sql-joins", "pg-json"),
                posts("a long", "viewCount > 1000", "hello-java", "rest-apis"),
                posts("a datetime", "publishedAt >= '2024-05-01T00:00:00Z'", "rest-apis", "pg-json", "quoting",
                        "unicode"),
                posts("a datetime in another offset", "publishedAt = '2024-01-10T10:00:00+01:00'", "hello-java"),
                posts("= true", "featured = true", "hello-java", "sql-joins", "rest-apis"),
                posts("= false", "featured = false and status = 'published'", "java-streams", "sql-indexes",
                        "go-basics", "pg-json", "quoting", "unicode"),

                // text
                posts("~ contains, ignoring case", "title ~ 'java'", "hello-java", "java-streams", "go-basics"),
                posts("!~ does not contain", "title !~ 'java'", "java-records", "sql-joins", "sql-indexes",
                        "web-forms", "css-grid", "rest-apis", "pg-json", "old-news", "quoting", "unicode",
                        "percent-sale", "untitled"),
                posts("^~ starts with, ignoring case", "title ^~ 'j'", "java-streams", "pg-json"),
                posts("= is case-sensitive", "title = 'hello, java'"),
                posts("% in ~ is a plain character", "title ~ '%'", "percent-sale"),
                posts("_ in ~ is a plain character", "title ~ '_'", "percent-sale"),
                posts("a quote doubled inside single quotes", "title = 'O''Reilly''s guide to \"quoting\"'", "quoting"),
                posts("a quote doubled inside double quotes", "title = \"O'Reilly's guide to \"\"quoting\"\"\"",
                        "quoting"),
                posts("unicode text", "title ~ 'ünïcödé'", "unicode"),
                posts("an emoji", "title ~ '😀'", "unicode"),

                // lists and nulls
                posts("in", "slug in ('go-basics', 'old-news', 'nope')", "go-basics", "old-news"),
                posts("not in", "status not in ('published', 'draft')", "web-forms", "old-news"),
                posts("is null", "rating is null", "java-records", "css-grid", "unicode", "percent-sale", "untitled"),
                posts("is not null", "publishedAt is not null and status != 'published'", "web-forms", "old-news"),
                posts("= null means is null", "series = null and readingMinutes = null", "css-grid", "percent-sale",
                        "untitled"),

                // logic
                posts("and", "author = '{author.bob}' and featured = true", "sql-joins"),
                posts("or", "status = 'archived' or rating = 5", "web-forms", "old-news", "java-streams"),
                posts("not", "not status = 'published'", "web-forms", "old-news", "java-records", "css-grid",
                        "percent-sale", "untitled"),
                posts("and binds tighter than or", "status = 'draft' or status = 'archived' and rating < 2",
                        "java-records", "css-grid", "percent-sale", "untitled", "old-news"),
                posts("parentheses group", "(status = 'draft' or status = 'archived') and rating < 3", "web-forms",
                        "old-news"),
                posts("keywords ignore case", "NOT (rating IS NULL) AND featured = TRUE", "hello-java", "sql-joins",
                        "rest-apis"),

                // paths
                posts("a reference by id", "author = '{author.bob}'", "sql-joins", "sql-indexes", "pg-json",
                        "old-news", "percent-sale"),
                posts("through a reference", "author.name ~ 'ann'", "hello-java", "java-streams", "java-records",
                        "rest-apis", "quoting"),
                posts("through another reference", "series.title ^~ 'sql'", "sql-joins", "sql-indexes"),
                posts("across a many-to-many", "tags.name = 'Java'", "hello-java", "java-streams", "java-records",
                        "go-basics", "rest-apis"),
                posts("not across a many-to-many", "not tags.slug = 'java' and tags is not null", "sql-joins",
                        "sql-indexes", "web-forms", "css-grid", "pg-json"),
                posts("a many-to-many by id", "tags = '{tag.web}'", "web-forms", "css-grid", "rest-apis", "pg-json"),
                posts("a many-to-many in ids", "tags in ('{tag.go}', '{tag.sql}')", "sql-joins", "sql-indexes",
                        "go-basics", "pg-json"),
                posts("an empty many-to-many", "tags is null", "old-news", "quoting", "unicode", "percent-sale",
                        "untitled"),
                posts("through an inverse relation", "comments.body ~ 'diagram'", "sql-joins"),
                posts("an inverse relation's boolean", "comments.approved = false", "hello-java", "rest-apis"),
                posts("an inverse relation is not empty", "comments is not null", "hello-java", "sql-joins",
                        "rest-apis"),
                posts("two relations deep", "comments.replies.authorName = 'Hal'", "rest-apis"),
                get("from the other side", "/api/author?fields=handle&filter=posts.status = 'archived'")
                        .rowsOf("handle", "bob", "cyrus"),
                get("a filter and a count agree", "/api/post?count=exact&limit=1&filter=status in ('draft')")
                        .expect(200, "{meta: {total: 4}}"),
                posts("an empty filter is no filter", "  ", allSlugs()),

                // refusals
                bad("an unknown field", "nope = 1", "filter.unknown-field", 1),
                bad("an unknown field behind a reference", "author.nope = 'x'", "filter.unknown-field", 8),
                bad("a path past a scalar", "title.name = 'x'", "filter.not-a-relation", 1),
                bad("~ on a number", "rating ~ '4'", "filter.operator", 8),
                bad("< on a boolean", "featured < true", "filter.operator", 10),
                bad("< on an enum", "status < 'draft'", "filter.operator", 8),
                bad("~ on a reference", "author ~ 'ann'", "filter.operator", 8),
                bad("a date that is no date", "publishedAt > 'yesterday'", "filter.value", 15),
                bad("text for a number", "rating = 'high'", "filter.value", 10),
                bad("a fraction for an integer", "readingMinutes = 2.5", "filter.value", 18),
                bad("an integer out of range", "readingMinutes = 99999999999999999999", "filter.value", 18),
                bad("text for a boolean", "featured = 'yes'", "filter.value", 12),
                bad("a value the enum does not list", "status = 'deleted'", "filter.value", 10),
                bad("an id that is no id", "author = 'ann'", "filter.value", 10),
                bad("null compared with <", "rating < null", "filter.syntax", 10),
                bad("a missing value", "title =", "filter.syntax", 8),
                bad("==", "title == 'x'", "filter.syntax", 7),
                bad("an unclosed parenthesis", "(status = 'draft'", "filter.syntax", 18),
                bad("an unclosed quote", "title = 'x", "filter.syntax", 9),
                bad("a dangling and", "title ~ 'x' and", "filter.syntax", 16),
                bad("an unknown variable", "author = $me", "filter.variable", 10),
                get("every problem is listed, in order", "/api/post?filter=featured > true and nope = 1")
                        .problem(400, "filter.operator")
                        .expect(400, """
                                {errors: [{field: 'filter', code: 'filter.operator'},
                                 {field: 'filter', code: 'filter.unknown-field'}]}""").inOrder()
                        .then((api, r) -> assertThat(r.json().at("/errors/1/message").asText())
                                .contains("(at character 21)")));
    }

    private static Scenario posts(String name, String filter, String... slugs) {
        return get(name, "/api/post?fields=slug&limit=500&filter=" + filter).posts(slugs);
    }

    private static Scenario bad(String name, String filter, String code, int position) {
        return get(name + " is a 400", "/api/post?filter=" + filter).problem(400, code)
                .then((api, r) -> assertThat(r.json().get("detail").asText())
                        .startsWith("the filter is not valid: ").endsWith("(at character " + position + ")"));
    }

    private static String[] allSlugs() {
        return new String[] {"hello-java", "java-streams", "java-records", "sql-joins", "sql-indexes", "go-basics",
                "web-forms", "css-grid", "rest-apis", "pg-json", "old-news", "quoting", "unicode", "percent-sale",
                "untitled"};
    }
}
