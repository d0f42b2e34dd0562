package dev.plinth.api;

import static dev.plinth.api.Scenario.get;
import static dev.plinth.api.Scenario.patch;
import static dev.plinth.api.Scenario.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.query.QueryLimits;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Input the API must refuse with a clear 4xx, writing nothing: malformed and mistyped bodies, values out of range,
 * limits passed, read-only fields, unknown names, and text that tries to be SQL in every parameter and value. After
 * every scenario every row of every entity is read through the API and must be as seeded, and the post table must
 * still be there.
 */
class BadInputScenariosTest extends BlogScenarios {

    private static final String POST = "/api/post";
    private static final String HELLO = "/api/post/{post.hello-java}";
    private static final String VALID = "\"title\": \"Valid\", \"slug\": \"valid\", \"author\": \"{author.ann}\"";

    @Override
    List<Scenario> scenarios() {
        return List.of(
                // bodies that are not the JSON of a row
                post("malformed JSON", POST, "{\"title\": \"x\",").problem(400, "body.malformed"),
                post("JSON with more after it", POST, "{" + VALID + "} {}").problem(400, "body.malformed"),
                post("a key given twice", POST, "{" + VALID + ", \"title\": \"Twice\"}").problem(400, "body.malformed"),
                post("single-quoted JSON", POST, "{'title': 'x'}").problem(400, "body.malformed"),
                post("an empty body", POST, "").problem(400, "body.malformed"),
                post("a JSON text", POST, "\"post\"").problem(400, "body.malformed"),
                post("JSON null", POST, "null").problem(400, "body.malformed"),
                post("an empty array", POST, "[]").problem(400, "body.malformed"),
                post("an array of numbers", POST, "[1, 2]").problem(400, "body.malformed"),
                patch("an array for an update", HELLO, "[{\"title\": \"x\"}]").problem(400, "body.malformed"),
                post("JSON nested too deep in a json field", POST, "{" + VALID + ", \"extra\": "
                        + "[".repeat(QueryLimits.MAX_JSON_DEPTH) + "]".repeat(QueryLimits.MAX_JSON_DEPTH) + "}")
                        .problem(400, "body.malformed"),
                post("a number of 2000 digits", POST, "{" + VALID + ", \"viewCount\": 1" + "0".repeat(1999) + "}")
                        .problem(400, "body.malformed"),
                post("a body over the limit", POST, "{" + VALID + ", \"body\": \""
                        + "x".repeat(QueryLimits.MAX_BODY_BYTES) + "\"}").problem(413, "body.too-large"),
                post("text/plain", POST, "{" + VALID + "}").header("Content-Type", "text/plain")
                        .problem(415, "body.media-type"),
                post("XML", POST, "<post><title>x</title></post>").header("Content-Type", "application/xml")
                        .problem(415, "body.media-type"),
                post("a form", POST, "title=x&slug=y").header("Content-Type", "application/x-www-form-urlencoded")
                        .problem(415, "body.media-type"),
                patch("text/plain for an update", HELLO, "{\"title\": \"x\"}").header("Content-Type", "text/plain")
                        .problem(415, "body.media-type"),

                // values that do not fit their fields
                invalid("a number for a text", "\"title\": 5", "title", "type"),
                invalid("text for a boolean", "\"featured\": \"yes\"", "featured", "type"),
                invalid("text for an integer", "\"readingMinutes\": \"10\"", "readingMinutes", "type"),
                invalid("a fraction for an integer", "\"readingMinutes\": 2.5", "readingMinutes", "type"),
                invalid("a text for a list of ids", "\"tags\": \"{tag.java}\"", "tags", "type"),
                invalid("a number for an id", "\"series\": 42", "series", "type"),
                invalid("a date that is no date", "\"publishedAt\": \"yesterday\"", "publishedAt", "type"),
                invalid("a json number PostgreSQL would write out in 100,001 digits", "\"extra\": [1e100000]", "extra",
                        "range"),
                invalid("a date before the year 1", "\"publishedAt\": \"-4714-01-01T00:00:00Z\"", "publishedAt", "range"),
                invalid("a date after the year 9999", "\"publishedAt\": \"+10000-01-01T00:00:00Z\"", "publishedAt",
                        "range"),
                invalid("a value the enum does not list", "\"status\": \"deleted\"", "status", "enum"),
                invalid("a decimal over its max", "\"rating\": 5.5", "rating", "max"),
                invalid("a decimal under its min", "\"rating\": -0.5", "rating", "min"),
                invalid("an integer over its max", "\"readingMinutes\": 241", "readingMinutes", "max"),
                invalid("an integer under its min", "\"readingMinutes\": 0", "readingMinutes", "min"),
                invalid("a long under its min", "\"viewCount\": -1", "viewCount", "min"),
                invalid("1e400 for a decimal", "\"rating\": 1e400", "rating", null),
                invalid("1e-400 for a decimal", "\"rating\": 1e-400", "rating", null),
                invalid("1e400 for a long", "\"viewCount\": 1e400", "viewCount", "type"),
                invalid("20 digits for an integer", "\"readingMinutes\": 99999999999999999999", "readingMinutes", "type"),
                invalid("20 digits for a long", "\"viewCount\": 99999999999999999999", "viewCount", "type"),
                post("a text too short", POST, "{\"title\": \"ab\", \"slug\": \"ab\", \"author\": \"{author.ann}\"}")
                        .problem(422, "validation").expect(422, "{errors: [{field: 'title', code: 'minLength'}]}"),
                invalid("a text too long", "\"summary\": \"" + "s".repeat(501) + "\"", "summary", "maxLength"),
                invalid("a text breaking its pattern", "\"coverImage\": \"not a url\"", "coverImage", null),
                post("a url longer than its column", "/api/comment", """
                        {"post": "{post.hello-java}", "authorName": "Max", "authorEmail": "max@example.net",
                         "body": "Long link", "authorWebsite": "https://example.com/%s"}""".formatted("a".repeat(3000)))
                        .problem(422, "validation").expect(422, "{errors: [{field: 'authorWebsite'}]}"),
                post("an email that is no email", "/api/author", """
                        {"name": "Nomail", "handle": "nomail", "email": "not-an-email"}""")
                        .problem(422, "validation").expect(422, "{errors: [{field: 'email'}]}"),
                invalid("an unknown field", "\"titel\": \"Typo\"", "titel", "unknown"),
                invalid("a NUL character in a text", "\"summary\": \"a\\u0000b\"", "summary", null),
                invalid("half a surrogate pair in a text", "\"summary\": \"a\\ud800b\"", "summary", null),
                invalid("half a surrogate pair in JSON", "\"extra\": {\"k\": \"\\udc00\"}", "extra", null),
                invalid("a NUL character in JSON", "\"extra\": {\"k\": \"a\\u0000b\"}", "extra", null),
                post("every problem of a row at once", POST, "{\"title\": 5, \"rating\": 9, \"nope\": 1}")
                        .problem(422, "validation").expect(422, """
                                {errors: [{field: 'nope', code: 'unknown'}, {field: 'title', code: 'type'},
                                 {field: 'slug', code: 'required'}, {field: 'rating', code: 'max'},
                                 {field: 'author', code: 'required'}]}"""),

                // fields Plinth keeps
                readOnly("id", "\"{post.sql-joins}\""),
                readOnly("version", "7"),
                readOnly("createdAt", "\"2020-01-01T00:00:00Z\""),
                readOnly("updatedBy", "\"{author.ann}\""),
                readOnly("comments", "[]"),

                // names and parameters
                post("an unknown entity", "/api/nope", "{}").problem(404, "entity.not-found"),
                patch("an unknown id", "/api/post/0190a5e4-6b1c-7d2e-8f30-1a2b3c4d5e6f", "{\"title\": \"Nobody\"}")
                        .problem(404, "row.not-found"),
                patch("a malformed id", "/api/post/42", "{\"title\": \"Nobody\"}").problem(404, "row.not-found"),
                get("an unknown parameter", "/api/post?foo=1").problem(400, "parameter.unknown"),
                get("a parameter in the wrong case", "/api/post?Filter=x").problem(400, "parameter.unknown"),
                get("a list parameter on a row", HELLO + "?sort=slug").problem(400, "parameter.unknown"),
                post("a list parameter on a create", "/api/post?filter=x", "{" + VALID + "}")
                        .problem(400, "parameter.unknown"),
                get("a repeated parameter", "/api/post?limit=1&limit=2").problem(400, "parameter.repeated"),
                get("a limit of -1", "/api/post?limit=-1").problem(400, "page.limit"),
                get("a limit of 10^9", "/api/post?limit=1000000000").problem(400, "page.limit"),
                get("a tampered cursor", "/api/post?cursor=WyIwMTkwYTVlNCJd.c2lnbmF0dXJl").problem(400, "page.cursor"),
                get("an unknown sort field", "/api/post?sort=nope").problem(400, "sort.unknown"),
                get("an unknown filter field", "/api/post?filter=nope = 1").problem(400, "filter.unknown-field"),

                // text that tries to be SQL, in every place text goes
                filter("a statement after a value", "title = 'x'; drop table post; --", "filter.syntax"),
                filter("a quote closing the text early", "title = ''; drop table post; --'", "filter.syntax"),
                get("a quote inside the text is only text", POST + "?filter=title = '''; drop table post; --'")
                        .posts(),
                filter("an SQL comment", "title ~ 'a' /* comment */", "filter.syntax"),
                filter("an SQL line comment", "title = 'x' -- comment", "filter.syntax"),
                filter("a tautology", "title = 'x' or 1=1", "filter.syntax"),
                filter("a quoted identifier", "\"title\" = 'x'", "filter.syntax"),
                filter("a look-alike letter", "tіtle = 'x'", "filter.syntax"),
                filter("a non-breaking space", "title\u00a0= 'x'", "filter.syntax"),
                filter("NUL in a contains", "title ~ 'x\u0000'", "filter.value"),
                filter("NUL in an equals", "title = 'x\u0000'", "filter.value"),
                sort("a statement", "title; drop table post", "sort.unknown"),
                sort("a direction word", "title desc", "sort.unknown"),
                sort("an expression", "(case when 1=1 then title end)", "sort.unknown"),
                sort("a quoted identifier", "\"title\"", "sort.unknown"),
                sort("an SQL comment", "title/**/", "sort.unknown"),
                sort("NUL", "title\u0000", "sort.unknown"),
                get("a function in fields", POST + "?fields=title,pg_sleep(10)").problem(400, "fields.unknown"),
                get("a star in fields", POST + "?fields=*").problem(400, "fields.unknown"),
                get("a statement in fields", POST + "?fields=title;drop table post").problem(400, "fields.unknown"),
                get("a statement in expand", POST + "?expand=author;drop table post").problem(400, "expand.unknown"),
                get("SQL as the entity", "/api/pg_catalog.pg_user").problem(404, "entity.not-found"),
                get("a quote as the entity", "/api/post'--").problem(404, "entity.not-found"),
                get("SQL as the id", "/api/post/1'%20or%20'1'='1").problem(404, "row.not-found"),
                invalid("SQL as an enum value", "\"status\": \"draft'; drop table post; --\"", "status", "enum"),
                invalid("SQL as a slug", "\"slug\": \"x'; drop table post; --\"", "slug", "pattern"));
    }

    /** Every row as seeded: nothing in this class may change it. */
    private String seeded;

    @Override
    void seed() {
        super.seed();
        seeded = api.snapshot();
    }

    @Override
    void run(Scenario scenario) throws Exception {
        scenario.run(api);

        assertThat(api.bean(DSLContext.class).fetchValue("select to_regclass('public.post')::text"))
                .as("the post table").isEqualTo("post");
        assertThat(api.snapshot()).as("every row, after " + scenario.name()).isEqualTo(seeded);
    }

    /** A create of a valid post but for {@code member}, refused with a 422 naming {@code field} (and its rule). */
    private static Scenario invalid(String name, String member, String field, String rule) {
        String key = member.substring(1, member.indexOf('"', 1));
        String body = "{\"author\": \"{author.ann}\"" + (key.equals("title") ? "" : ", \"title\": \"Valid\"")
                + (key.equals("slug") ? "" : ", \"slug\": \"valid\"") + ", " + member + "}";
        return post(name, POST, body).problem(422, "validation")
                .expect(422, "{errors: [{field: '" + field + "'" + (rule == null ? "" : ", code: '" + rule + "'") + "}]}");
    }

    private static Scenario readOnly(String field, String value) {
        return patch("a patch of " + field, HELLO, "{\"" + field + "\": " + value + "}").problem(422, "validation")
                .expect(422, "{errors: [{field: '" + field + "', code: 'readOnly'}]}");
    }

    private static Scenario filter(String name, String filter, String code) {
        return get("filter: " + name, POST + "?filter=" + filter).problem(400, code);
    }

    private static Scenario sort(String name, String sort, String code) {
        return get("sort: " + name, POST + "?sort=" + sort).problem(400, code);
    }
}
