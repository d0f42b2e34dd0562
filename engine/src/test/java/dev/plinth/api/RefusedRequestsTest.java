package dev.plinth.api;

import static dev.plinth.security.web.PlinthServer.bearer;
import static dev.plinth.security.web.PlinthServer.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.security.web.PlinthServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests refused before any endpoint reads them, by Tomcat, by Spring Security's firewall, or for want of an
 * endpoint: every one is {@code application/problem+json} with a code, never Spring Boot's error JSON, its
 * whitelabel page or Tomcat's HTML, and never a 500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusedRequestsTest {

    private PlinthServer server;
    private String token;

    @BeforeAll
    void start() {
        server = PlinthServer.start(List.of());
        token = server.adminToken();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api//author", "/api/author;jsessionid=1", "/api/author/%2e%2e/post", "/api/%25",
        "/auth//me"})
    void aPathTheFirewallRefusesIsAProblemSayingWhatItFound(String path) {
        HttpResponse<String> refused = server.get(path, "Authorization", bearer(token));

        JsonNode problem = assertProblem(refused, 400, "request.rejected");
        assertThat(problem.path("detail").asText()).startsWith("The request was rejected because");
        assertThat(problem.path("requestId").asText()).isNotEmpty();
    }

    @Test
    void aParameterNameTheFirewallRefusesIsA400NotA500() {
        HttpResponse<String> refused = server.get("/api/author?a%00b=1", "Authorization", bearer(token));

        JsonNode problem = assertProblem(refused, 400, "request.rejected");
        assertThat(problem.path("detail").asText()).contains("parameter name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/auth/nope", "/admin/api/nope", "/nope"})
    void aPathWithNothingThereIsA404Problem(String path) {
        HttpResponse<String> missing = server.get(path, "Authorization", bearer(token));

        JsonNode problem = assertProblem(missing, 404, "http.404");
        assertThat(problem.path("detail").asText()).isEqualTo("there is nothing at " + path);
        assertThat(problem.path("requestId").asText()).isNotEmpty();
    }

    @Test
    void aBrowserAskingForAPageGetsAPageNotTheWhitelabelOne() {
        HttpResponse<String> missing = server.get("/nope", "Authorization", bearer(token), "Accept", "text/html");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(missing.body()).contains("<h1>404 Not Found</h1>", "there is nothing at /nope")
                .doesNotContain("Whitelabel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/author%2Fx HTTP/1.1", "GET /api/author/%00 HTTP/1.1",
        "GET /api/author HTTP/1.1\r\nX-Bad: a\u0001b", "GET /api/author HTTP/1.1\r\nX-Big: " + "x"})
    void whatTomcatRefusesBeforePlinthSeesItIsAProblemToo(String head) throws IOException {
        String request = head.endsWith("x") ? head + "x".repeat(20_000) : head;
        String answer = raw(request + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400 ");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(answer.substring(answer.indexOf("\r\n\r\n") + 4)).contains("\"code\":\"http.400\"");
    }

    private String raw(String request) throws IOException {
        URI base = URI.create(server.base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = read(response);
        assertThat(problem.path("code").asText()).as(response.body()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }
}
