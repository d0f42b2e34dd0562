package dev.plinth.security.web;

import static dev.plinth.security.web.PlinthServer.ADMIN_EMAIL;
import static dev.plinth.security.web.PlinthServer.ADMIN_PASSWORD;
import static dev.plinth.security.web.PlinthServer.bearer;
import static dev.plinth.security.web.PlinthServer.json;
import static dev.plinth.security.web.PlinthServer.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.boot.ModelFolderSync;
import dev.plinth.testing.ModelFiles;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Signing in, refreshing, signing out and up, and who am I, over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthEndpointsTest {

    private PlinthServer server;

    @BeforeAll
    void start() {
        server = PlinthServer.start(List.of(ReadersPolicy.class));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aSignInGivesTokensThatSayWhoTheCallerIs() {
        JsonNode tokens = server.login(ADMIN_EMAIL.toUpperCase(), ADMIN_PASSWORD);

        assertThat(tokens.path("tokenType").asText()).isEqualTo("Bearer");
        assertThat(tokens.path("expiresIn").asLong()).isEqualTo(900);
        assertThat(tokens.path("refreshToken").asText()).hasSize(43);
        HttpResponse<String> me = server.get("/auth/me", "Authorization", bearer(tokens.path("accessToken").asText()));
        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode body = read(me);
        assertThat(body.path("email").asText()).isEqualTo(ADMIN_EMAIL);
        assertThat(body.path("displayName").asText()).isEqualTo("Administrator");
        assertThat(body.path("roles").toString()).isEqualTo("[\"admin\"]");
        assertThat(body.path("id").asText()).hasSize(36);
        assertThat(me.body()).doesNotContain("password", "hash");
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailAreRefusedAlike() {
        // One request id for both, so the bodies may be compared whole.
        HttpResponse<String> wrongPassword = server.post("/auth/login", json("email", ADMIN_EMAIL, "password", "nope-nope"),
                "X-Request-Id", "login-attempt");
        HttpResponse<String> unknown = server.post("/auth/login", json("email", "who@example.com", "password", "nope-nope"),
                "X-Request-Id", "login-attempt");

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(read(wrongPassword).path("code").asText()).isEqualTo("auth.invalid-login");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrongPassword.body());
        assertThat(wrongPassword.body()).doesNotContain("nope-nope");
        assertThat(server.post("/auth/login", "{\"email\":\"x\"}").statusCode()).isEqualTo(400);
        JsonNode notJson = read(server.post("/auth/login", "not json"));
        assertThat(notJson.path("code").asText()).isEqualTo("body.malformed");
        assertThat(notJson.path("detail").asText()).startsWith("the body is not valid JSON (line 1, column ")
                .doesNotContain("not json");
    }

    @Test
    void aRefreshTokenIsSpentOnUseAndItsReuseRevokesTheFamily() {
        JsonNode first = server.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String spent = first.path("refreshToken").asText();

        HttpResponse<String> refreshed = server.post("/auth/refresh", json("refreshToken", spent));

        assertThat(refreshed.statusCode()).isEqualTo(200);
        String next = read(refreshed).path("refreshToken").asText();
        assertThat(next).isNotEqualTo(spent);
        assertThat(server.get("/auth/me", "Authorization", bearer(read(refreshed).path("accessToken").asText()))
                .statusCode()).isEqualTo(200);

        HttpResponse<String> reused = server.post("/auth/refresh", json("refreshToken", spent));
        assertInvalid(reused, "auth.invalid-refresh-token");
        assertThat(reused.body()).doesNotContain(spent);
        assertInvalid(server.post("/auth/refresh", json("refreshToken", next)), "auth.invalid-refresh-token");
    }

    @Test
    void signingOutRevokesTheRefreshToken() {
        String refresh = server.login(ADMIN_EMAIL, ADMIN_PASSWORD).path("refreshToken").asText();

        assertThat(server.post("/auth/logout", json("refreshToken", refresh)).statusCode()).isEqualTo(204);

        assertInvalid(server.post("/auth/refresh", json("refreshToken", refresh)), "auth.invalid-refresh-token");
        assertThat(server.post("/auth/logout", json("refreshToken", "unknown")).statusCode()).isEqualTo(204);
    }

    @Test
    void aPasswordSignInCanGiveABrowserSessionInstead() {
        HttpClient browser = PlinthServer.browser(HttpClient.Redirect.NEVER);
        HttpResponse<String> signedIn = PlinthServer.send(browser, server.request("/auth/session",
                "Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json("email", ADMIN_EMAIL,
                "password", ADMIN_PASSWORD))).build());

        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(read(signedIn).path("email").asText()).isEqualTo(ADMIN_EMAIL);
        assertThat(signedIn.body()).doesNotContain("accessToken");
        assertThat(PlinthServer.send(browser, server.request("/auth/me").GET().build()).statusCode()).isEqualTo(200);
        assertThat(PlinthServer.send(browser, server.request("/actuator/metrics").GET().build()).statusCode())
                .as("admin pages take the session").isEqualTo(200);
        HttpResponse<String> forged = PlinthServer.send(browser, server.request("/admin/api/keys",
                "Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")).build());
        assertThat(read(forged).path("code").asText()).as("a change by cookie needs the CSRF token").isEqualTo("auth.csrf");

        assertThat(PlinthServer.send(browser, server.request("/auth/logout").POST(HttpRequest.BodyPublishers.noBody())
                .build()).statusCode()).isEqualTo(204);
        assertThat(PlinthServer.send(browser, server.request("/auth/me").GET().build()).statusCode()).isEqualTo(401);
        assertThat(read(server.post("/auth/session", json("email", ADMIN_EMAIL, "password", "wrong-one")))
                .path("code").asText()).isEqualTo("auth.invalid-login");
    }

    @Test
    void whoAmINeedsCredentials() {
        HttpResponse<String> me = server.get("/auth/me");

        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(read(me).path("code").asText()).isEqualTo("auth.required");
        assertThat(me.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void peopleSignUpWithTheModelsRoleOnlyWhileTheModelAllowsIt() {
        HttpResponse<String> signup = server.post("/auth/signup",
                json("email", "New@Example.com", "password", "long-enough-pw", "displayName", "New"));

        assertThat(signup.statusCode()).isEqualTo(201);
        JsonNode me = read(server.get("/auth/me", "Authorization", bearer(read(signup).path("accessToken").asText())));
        assertThat(me.path("email").asText()).isEqualTo("new@example.com");
        assertThat(me.path("roles").toString()).isEqualTo("[\"editor\"]");
        assertThat(read(server.post("/auth/signup", json("email", "new@example.com", "password", "long-enough-pw")))
                .path("code").asText()).isEqualTo("auth.email-taken");
        assertThat(read(server.post("/auth/signup", json("email", "short@example.com", "password", "short")))
                .path("code").asText()).isEqualTo("auth.weak-password");
        assertThat(read(server.post("/auth/signup", json("email", "not-an-email", "password", "long-enough-pw")))
                .path("code").asText()).isEqualTo("auth.invalid-email");

        ModelFiles.write(server.model(), ModelFiles.SETTINGS_FILE, ModelFiles.SETTINGS.replace("\"enabled\": true",
                "\"enabled\": false"));
        server.bean(ModelFolderSync.class).syncOnChange();

        HttpResponse<String> refused = server.post("/auth/signup", json("email", "late@example.com", "password",
                "long-enough-pw"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(read(refused).path("code").asText()).isEqualTo("auth.signup-disabled");
        ModelFiles.write(server.model(), ModelFiles.SETTINGS_FILE, ModelFiles.SETTINGS);
        server.bean(ModelFolderSync.class).syncOnChange();
    }

    static void assertInvalid(HttpResponse<String> response, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                assertThat(v).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v ->
                assertThat(v).contains("invalid_token"));
        assertThat(read(response).path("code").asText()).isEqualTo(code);
    }
}
