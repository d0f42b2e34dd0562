package dev.plinth.observe;

import static dev.plinth.security.web.PlinthServer.bearer;
import static dev.plinth.security.web.PlinthServer.json;
import static dev.plinth.security.web.PlinthServer.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.security.web.PlinthServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Every request has an id: the caller's {@code X-Request-Id}, or one Plinth makes. It comes back in the response's
 * header and in every problem+json, whichever part of Plinth refused the request, and it is in the log lines the
 * request causes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class RequestIdTest {

    private PlinthServer server;
    private String admin;

    @BeforeAll
    void start() {
        server = PlinthServer.start(List.of());
        admin = bearer(server.adminToken());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theCallersIdComesBackInTheHeaderAndTheProblem() {
        HttpResponse<String> response = server.get("/api/ghost", "X-Request-Id", "checkout-7f3a:retry-2");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("checkout-7f3a:retry-2");
        assertThat(read(response).path("requestId").asText()).isEqualTo("checkout-7f3a:retry-2");
    }

    @Test
    void withoutAnIdPlinthMakesOneForEachRequest() {
        HttpResponse<String> first = server.get("/api/ghost");
        HttpResponse<String> second = server.get("/api/ghost");
        HttpResponse<String> health = server.get("/actuator/health");

        String id = first.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(read(first).path("requestId").asText()).isEqualTo(id);
        assertThat(second.headers().firstValue("X-Request-Id").orElseThrow()).isNotEqualTo(id);
        assertThat(health.headers().firstValue("X-Request-Id")).isPresent();
    }

    /** An id that is too long or could break a log line is not repeated: the request gets a new one. */
    @Test
    void anUnfitIdIsReplaced() {
        for (String unfit : List.of("two words", "x".repeat(RequestId.MAX_LENGTH + 1), "quote\"d", "{json}")) {
            HttpResponse<String> response = server.get("/api/ghost", "X-Request-Id", unfit);

            String id = response.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(id).isNotEqualTo(unfit);
            assertThat(UUID.fromString(id)).isNotNull();
            assertThat(read(response).path("requestId").asText()).isEqualTo(id);
        }
        assertThat(server.get("/api/ghost", "X-Request-Id", "x".repeat(RequestId.MAX_LENGTH))
                .headers().firstValue("X-Request-Id")).hasValue("x".repeat(RequestId.MAX_LENGTH));
    }

    /** The security filters answer before any controller; their problems carry the id too. */
    @Test
    void theSecurityFiltersRefusalsCarryTheId() {
        server.post("/admin/api/users", "{\"email\":\"reader@example.com\",\"password\":\"a-fine-password\","
                + "\"roles\":[]}", "Authorization", admin);
        String reader = bearer(server.login("reader@example.com", "a-fine-password").path("accessToken").asText());

        assertRefusal(server.get("/api/post", "Authorization", "Bearer not-a-token", "X-Request-Id", "r-1"), 401,
                "auth.invalid-token", "r-1");
        assertRefusal(server.get("/actuator/metrics", "X-Request-Id", "r-2"), 401, "auth.required", "r-2");
        assertRefusal(server.get("/actuator/metrics", "Authorization", reader, "X-Request-Id", "r-3"), 403,
                "auth.forbidden", "r-3");
        assertRefusal(server.post("/auth/login", json("email", "reader@example.com", "password", "wrong-password"),
                "X-Request-Id", "r-4"), 401, "auth.invalid-login", "r-4");
    }

    private static void assertRefusal(HttpResponse<String> response, int status, String code, String id) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(read(response).path("code").asText()).isEqualTo(code);
        assertThat(read(response).path("requestId").asText()).isEqualTo(id);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(id);
    }

    /** The caller quotes the id of a failure; the server's log has it on the failure's line. */
    @Test
    void theIdIsInTheLogLineOfAFailure(CapturedOutput output) {
        server.database().dsl().execute("alter table post rename to post_away");
        HttpResponse<String> failed;
        try {
            failed = server.get("/api/post", "Authorization", admin, "X-Request-Id", "incident-4711");
        } finally {
            server.database().dsl().execute("alter table post_away rename to post");
        }

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(read(failed).path("requestId").asText()).isEqualTo("incident-4711");
        assertThat(output.getOut().lines().filter(line -> line.contains("The API failed to answer a request")))
                .singleElement().satisfies(line -> assertThat(line).contains("[incident-4711]"));
    }

    /** Outside a request a text line has no empty brackets where the id would be. */
    @Test
    void aLineOutsideARequestShowsNoId(CapturedOutput output) {
        LoggerFactory.getLogger(RequestIdTest.class).info("outside any request");

        assertThat(output.getOut().lines().filter(line -> line.contains("outside any request"))).singleElement()
                .satisfies(line -> assertThat(line).doesNotContain("[]").contains("] dev.plinth.observe.RequestIdTest"));
    }
}
