package dev.plinth.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.api.BlogApi.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.json.JSONException;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * One API exchange as data: a name, the request (method, path, headers, body, with {@code {post.slug}}
 * placeholders), and what must come back (status, JSON compared leniently or in order, a problem code), plus
 * optional setup before it and checks after it. Scenario tables are lists of these, run by
 * {@code @ParameterizedTest}; the name is what the report shows.
 */
record Scenario(String name, String method, String path, Map<String, String> headers, String body,
                int status, String json, JSONCompareMode mode, String code, Consumer<BlogApi> given, Check then) {

    /** An assertion on the response, with the API at hand for follow-up requests. */
    interface Check {
        void check(BlogApi api, Response response) throws Exception;
    }

    /**
     * What no error body may hold: a stack trace, a Java class name, SQL or the database's own words.
     */
    static final Pattern LEAKS = Pattern.compile("Exception|\\bat [a-z]+\\.[a-z]|\\b(java|javax|jakarta|org|com|dev)"
            + "\\.[a-z]+\\.|jooq|SQL \\[|SQLState|SQL state|PSQL|ERROR: |violates|duplicate key|constraint \"|"
            + "relation \"|column \"|syntax error at|Caused by|\"[a-z]\\d*\"\\.\"[a-z_]+\"|\\bselect\\b.+\\bfrom\\b");

    static Scenario get(String name, String path) {
        return of(name, "GET", path, null);
    }

    static Scenario post(String name, String path, String body) {
        return of(name, "POST", path, body);
    }

    static Scenario patch(String name, String path, String body) {
        return of(name, "PATCH", path, body);
    }

    static Scenario put(String name, String path, String body) {
        return of(name, "PUT", path, body);
    }

    static Scenario delete(String name, String path) {
        return of(name, "DELETE", path, null);
    }

    static Scenario of(String name, String method, String path, String body) {
        return new Scenario(name, method, path, Map.of(), body, 200, null, JSONCompareMode.LENIENT, null, null, null);
    }

    Scenario header(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new Scenario(name, method, path, more, body, status, json, mode, code, given, then);
    }

    /** The status, and nothing said about the body. */
    Scenario expect(int expectedStatus) {
        return new Scenario(name, method, path, headers, body, expectedStatus, json, mode, code, given, then);
    }

    /** The status, and JSON the body must hold (objects may have more members; arrays must match in length). */
    Scenario expect(int expectedStatus, String expectedJson) {
        return new Scenario(name, method, path, headers, body, expectedStatus, expectedJson, mode, code, given, then);
    }

    /** A 200 list whose rows are exactly the posts with these slugs, in any order. */
    Scenario posts(String... slugs) {
        return expect(200, rows("slug", slugs));
    }

    /** A 200 list whose rows have exactly these values of {@code field}, in any order. */
    Scenario rowsOf(String field, String... values) {
        return expect(200, rows(field, values));
    }

    /** Arrays in the expected JSON must be in the same order. */
    Scenario inOrder() {
        return new Scenario(name, method, path, headers, body, status, json, JSONCompareMode.STRICT_ORDER, code, given,
                then);
    }

    /** An application/problem+json error with this status and code. */
    Scenario problem(int expectedStatus, String expectedCode) {
        return new Scenario(name, method, path, headers, body, expectedStatus, json, mode, expectedCode, given, then);
    }

    /** Setup before the request, such as creating the row it changes. */
    Scenario given(Consumer<BlogApi> setup) {
        return new Scenario(name, method, path, headers, body, status, json, mode, code, setup, then);
    }

    /** More checks after the response. */
    Scenario then(Check check) {
        Check before = then;
        Check both = before == null ? check : (api, response) -> {
            before.check(api, response);
            check.check(api, response);
        };
        return new Scenario(name, method, path, headers, body, status, json, mode, code, given, both);
    }

    /** Sends the request and checks everything this scenario expects. */
    Response run(BlogApi api) throws Exception {
        if (given != null) {
            given.accept(api);
        }
        Response response = api.send(method, path, headers, body);
        String context = name + ": " + method + " " + path + " answered " + response.status() + " " + response.body();
        assertThat(response.status()).as(context).isEqualTo(status);
        if (status >= 400) {
            checkProblem(response, context);
        }
        if (json != null) {
            try {
                JSONAssert.assertEquals(context, api.resolve(json), response.body(), mode);
            } catch (JSONException e) {
                throw new AssertionError(context, e);
            }
        }
        if (then != null) {
            then.check(api, response);
        }
        return response;
    }

    private void checkProblem(Response response, String context) {
        assertThat(response.header("Content-Type")).as(context).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).as(context).isEqualTo(status);
        assertThat(problem.path("title").asText()).as(context).isNotEmpty();
        assertThat(problem.path("detail").asText()).as(context).isNotEmpty();
        assertThat(problem.has("trace") || problem.has("exception")).as(context).isFalse();
        assertThat(response.body()).as(context + " leaks internals").doesNotContainPattern(LEAKS);
        if (code != null) {
            assertThat(problem.path("code").asText()).as(context).isEqualTo(code);
        }
        for (JsonNode error : problem.path("errors")) {
            assertThat(List.of(error.path("field").asText(), error.path("code").asText(), error.path("message").asText()))
                    .as(context + ": every error names its field, rule and problem").doesNotContain("");
        }
    }

    private static String rows(String field, String... values) {
        StringBuilder json = new StringBuilder("{\"data\":[");
        for (int i = 0; i < values.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"").append(field).append("\":\"").append(values[i]).append("\"}");
        }
        return json.append("]}").toString();
    }

    @Override
    public String toString() {
        return name;
    }
}
