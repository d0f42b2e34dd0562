package dev.plinth.security.web;

import static dev.plinth.security.web.PlinthServer.ADMIN_EMAIL;
import static dev.plinth.security.web.PlinthServer.ADMIN_PASSWORD;
import static dev.plinth.security.web.PlinthServer.bearer;
import static dev.plinth.security.web.PlinthServer.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Browsers on other origins: what a page on a listed origin may send and read, what a preflight from elsewhere
 * is told, and that nothing changes for Plinth's own pages or when no origin is listed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorsTest {

    private static final String APP = "https://app.example.com";
    private static final String ELSEWHERE = "https://evil.example.net";
    private PlinthServer server;
    private PlinthServer closed;
    private String adminToken;

    @BeforeAll
    void start() {
        server = PlinthServer.start(List.of(ReadersPolicy.class), Map.of("PLINTH_ADMIN_EMAIL", ADMIN_EMAIL,
                "PLINTH_ADMIN_PASSWORD", ADMIN_PASSWORD, "PLINTH_CORS_ALLOWED_ORIGINS", APP + ", http://localhost:[*]",
                "PLINTH_CORS_MAX_AGE", "10m"));
        closed = PlinthServer.start(List.of(ReadersPolicy.class));
        adminToken = server.adminToken();
    }

    @AfterAll
    void stop() {
        server.close();
        closed.close();
    }

    @Test
    void aPreflightFromAListedOriginAllowsWhatTheApiReads() {
        HttpResponse<String> preflight = preflight(server, "/api/author/0190a5e4-6b1c-7d2e-8f30-1a2b3c4d5e6f", APP,
                "PATCH", "authorization, content-type, if-match");

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(header(preflight, "Access-Control-Allow-Origin")).isEqualTo(APP);
        assertThat(list(header(preflight, "Access-Control-Allow-Methods")))
                .containsExactly("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
        assertThat(list(header(preflight, "Access-Control-Allow-Headers").toLowerCase()))
                .containsExactlyInAnyOrder("authorization", "content-type", "if-match");
        assertThat(header(preflight, "Access-Control-Max-Age")).isEqualTo("600");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void aPageOnAListedOriginReadsTheAnswerAndItsHeaders() {
        HttpResponse<String> created = server.post("/api/author", "{\"name\": \"Ann\"}", "Origin", APP,
                "Authorization", bearer(adminToken));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(header(created, "Access-Control-Allow-Origin")).isEqualTo(APP);
        assertThat(list(header(created, "Access-Control-Expose-Headers")))
                .contains("ETag", "Location", "X-Request-Id", "Retry-After", "WWW-Authenticate");
        assertThat(created.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Origin"));

        HttpResponse<String> refused = server.get("/api/post", "Origin", APP);
        assertThat(refused.statusCode()).as("anonymous may not read posts").isEqualTo(403);
        assertThat(header(refused, "Access-Control-Allow-Origin"))
                .as("a refusal is readable by the page too").isEqualTo(APP);
    }

    @Test
    void originPatternsMatchAnyPortOfLocalhost() {
        HttpResponse<String> preflight = preflight(server, "/api/author", "http://localhost:5173", "GET", "");

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(header(preflight, "Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
    }

    @Test
    void aListedOriginSignsInWithTokens() {
        HttpResponse<String> login = server.post("/auth/login",
                "{\"email\": \"" + ADMIN_EMAIL + "\", \"password\": \"" + ADMIN_PASSWORD + "\"}", "Origin", APP);

        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(header(login, "Access-Control-Allow-Origin")).isEqualTo(APP);
        assertThat(read(login).path("accessToken").asText()).isNotEmpty();
        assertThat(preflight(server, "/auth/refresh", APP, "POST", "content-type").statusCode()).isEqualTo(200);
    }

    @Test
    void aPreflightFromAnOriginNotListedIsAProblemNamingIt() {
        HttpResponse<String> preflight = preflight(server, "/api/author", ELSEWHERE, "GET", "");

        assertProblem(preflight, "cors.origin", "Origin", ELSEWHERE);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aRequestFromAnOriginNotListedIsServedWithoutCorsHeaders() {
        HttpResponse<String> authors = server.get("/api/author", "Origin", ELSEWHERE);

        assertThat(authors.statusCode()).isEqualTo(200);
        assertThat(authors.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(authors.headers().firstValue("Access-Control-Expose-Headers")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRACE", "CONNECT", "get", "BREW", ""})
    void aPreflightForAMethodTheApiDoesNotTakeIsAProblemNamingIt(String method) {
        assertProblem(preflight(server, "/api/author", APP, method, ""),
                "cors.method", "Access-Control-Request-Method", method);
    }

    @Test
    void aPreflightForAHeaderTheApiDoesNotReadIsAProblemNamingIt() {
        assertProblem(preflight(server, "/api/author", APP, "POST", "content-type, x-tracking-id"),
                "cors.header", "Access-Control-Request-Headers", "x-tracking-id");
    }

    @Test
    void theAdminEndpointsStaySameOrigin() {
        HttpResponse<String> preflight = preflight(server, "/admin/api/users", APP, "GET", "authorization");
        assertProblem(preflight, "cors.path", "Origin", "/admin/api/users");

        HttpResponse<String> users = server.get("/admin/api/users", "Origin", APP, "Authorization", bearer(adminToken));
        assertThat(users.statusCode()).as(users.body()).isEqualTo(200);
        assertThat(users.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> health = server.get("/actuator/health", "Origin", APP);
        assertThat(health.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void plinthsOwnPagesAreNotCrossOrigin() {
        HttpResponse<String> login = server.post("/auth/login",
                "{\"email\": \"" + ADMIN_EMAIL + "\", \"password\": \"" + ADMIN_PASSWORD + "\"}",
                "Origin", server.base());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void withoutListedOriginsNoOriginIsAllowed() {
        HttpResponse<String> preflight = preflight(closed, "/api/author", APP, "GET", "");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> authors = closed.get("/api/author", "Origin", APP);
        assertThat(authors.statusCode()).isEqualTo(200);
        assertThat(authors.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example.com/", "app.example.com", "https://app.example.com/path",
        "https://app example.com"})
    void aValueThatIsNotAnOriginStopsTheStart(String origin) {
        CorsProperties properties = new CorsProperties();
        properties.setAllowedOrigins(List.of(origin));

        assertThatThrownBy(() -> BrowserOrigins.filter(properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("plinth.cors.allowed-origins")
                .hasMessageContaining("'" + origin + "'");
    }

    @Test
    void noOriginsMeansNoFilter() {
        CorsProperties properties = new CorsProperties();
        properties.setAllowedOrigins(List.of("", " "));

        assertThat(BrowserOrigins.filter(properties)).isEmpty();
    }

    private static HttpResponse<String> preflight(PlinthServer target, String path, String origin, String method,
                                                  String headers) {
        HttpRequest.Builder request = target.request(path, "Origin", origin, "Access-Control-Request-Method", method)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
        if (!headers.isEmpty()) {
            request.header("Access-Control-Request-Headers", headers);
        }
        return target.send(request.build());
    }

    private static void assertProblem(HttpResponse<String> response, String code, String field, String value) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
        JsonNode problem = read(response);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        JsonNode error = problem.path("errors").path(0);
        assertThat(error.path("field").asText()).isEqualTo(field);
        assertThat(error.path("code").asText()).isEqualTo(code);
        assertThat(error.path("message").asText()).contains(value);
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }

    private static List<String> list(String header) {
        return Arrays.stream(header.split(",")).map(String::trim).toList();
    }
}
