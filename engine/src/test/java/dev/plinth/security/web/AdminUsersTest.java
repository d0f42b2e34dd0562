package dev.plinth.security.web;

import static dev.plinth.security.web.AuthEndpointsTest.assertInvalid;
import static dev.plinth.security.web.PlinthServer.ADMIN_EMAIL;
import static dev.plinth.security.web.PlinthServer.ADMIN_PASSWORD;
import static dev.plinth.security.web.PlinthServer.bearer;
import static dev.plinth.security.web.PlinthServer.json;
import static dev.plinth.security.web.PlinthServer.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /admin/api/users}: admins create and change users; nobody else may. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminUsersTest {

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

    private JsonNode create(String email, String roles) {
        HttpResponse<String> created = server.post("/admin/api/users", "{\"email\":\"" + email + "\",\"password\":"
                + "\"a-fine-password\",\"roles\":" + roles + "}", "Authorization", admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return read(created);
    }

    @Test
    void anAdminCreatesAUserWhoThenSignsIn() {
        JsonNode user = create("Eve@Example.com", "[\"editor\",\"editor\"]");

        assertThat(user.path("email").asText()).isEqualTo("eve@example.com");
        assertThat(user.path("roles").toString()).isEqualTo("[\"editor\"]");
        assertThat(user.path("enabled").asBoolean()).isTrue();
        assertThat(user.toString()).doesNotContain("a-fine-password", "password", "hash");
        assertThat(server.login("eve@example.com", "a-fine-password").path("accessToken").asText()).isNotEmpty();

        HttpResponse<String> listed = server.get("/admin/api/users", "Authorization", admin);
        assertThat(listed.body()).contains("eve@example.com", ADMIN_EMAIL).doesNotContain("bcrypt", "password");
        assertThat(read(listed).path("meta").path("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(read(server.post("/admin/api/users", "{\"email\":\"eve@example.com\"}", "Authorization", admin))
                .path("code").asText()).isEqualTo("user.email-taken");
    }

    @Test
    void changedRolesReachTheNextRefreshAndDisablingEndsTheSessions() {
        String id = create("fay@example.com", "[\"editor\"]").path("id").asText();
        String refresh = server.login("fay@example.com", "a-fine-password").path("refreshToken").asText();

        HttpResponse<String> changed = server.patch("/admin/api/users/" + id, "{\"roles\":[\"writer\"],"
                + "\"displayName\":\"Fay\"}", "Authorization", admin);

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(read(changed).path("displayName").asText()).isEqualTo("Fay");
        JsonNode next = read(server.post("/auth/refresh", json("refreshToken", refresh)));
        JsonNode me = read(server.get("/auth/me", "Authorization", bearer(next.path("accessToken").asText())));
        assertThat(me.path("roles").toString()).isEqualTo("[\"writer\"]");

        server.patch("/admin/api/users/" + id, "{\"enabled\":false}", "Authorization", admin);

        assertInvalid(server.post("/auth/refresh", json("refreshToken", next.path("refreshToken").asText())),
                "auth.invalid-refresh-token");
        assertThat(server.post("/auth/login", json("email", "fay@example.com", "password", "a-fine-password"))
                .statusCode()).isEqualTo(401);
    }

    @Test
    void disablingAUserEndsTheAccessTokensTheyHoldAtOnce() {
        String id = create("ida@example.com", "[\"editor\"]").path("id").asText();
        String token = bearer(server.login("ida@example.com", "a-fine-password").path("accessToken").asText());
        assertThat(server.get("/auth/me", "Authorization", token).statusCode()).isEqualTo(200);

        server.patch("/admin/api/users/" + id, "{\"enabled\":false}", "Authorization", admin);

        assertInvalid(server.get("/auth/me", "Authorization", token), "auth.invalid-token");
        assertInvalid(server.get("/api/author", "Authorization", token), "auth.invalid-token");
    }

    @Test
    void otherRolesEndTheOldAccessTokensAndTheRefreshedOneCarriesThem() {
        String id = create("jo@example.com", "[\"editor\"]").path("id").asText();
        JsonNode signedIn = server.login("jo@example.com", "a-fine-password");
        String old = bearer(signedIn.path("accessToken").asText());

        server.patch("/admin/api/users/" + id, "{\"displayName\":\"Jo\",\"roles\":[\"editor\"]}",
                "Authorization", admin);
        assertThat(server.get("/auth/me", "Authorization", old).statusCode())
                .as("the same roles and a new name end nothing").isEqualTo(200);

        server.patch("/admin/api/users/" + id, "{\"roles\":[\"writer\"]}", "Authorization", admin);

        assertInvalid(server.get("/auth/me", "Authorization", old), "auth.invalid-token");
        JsonNode refreshed = read(server.post("/auth/refresh", json("refreshToken",
                signedIn.path("refreshToken").asText())));
        HttpResponse<String> me = server.get("/auth/me", "Authorization", bearer(refreshed.path("accessToken").asText()));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(read(me).path("roles").toString()).isEqualTo("[\"writer\"]");
    }

    @Test
    void aNewPasswordEndsTheAccessTokensIssuedBeforeIt() {
        String id = create("kai@example.com", "[]").path("id").asText();
        String token = bearer(server.login("kai@example.com", "a-fine-password").path("accessToken").asText());

        server.patch("/admin/api/users/" + id, "{\"password\":\"the-new-password\"}", "Authorization", admin);

        assertInvalid(server.get("/auth/me", "Authorization", token), "auth.invalid-token");
        String fresh = bearer(server.login("kai@example.com", "the-new-password").path("accessToken").asText());
        assertThat(server.get("/auth/me", "Authorization", fresh).statusCode()).isEqualTo(200);
    }

    @Test
    void aPasswordResetReplacesTheOldPassword() {
        String id = create("gus@example.com", "[]").path("id").asText();

        server.patch("/admin/api/users/" + id, "{\"password\":\"the-new-password\"}", "Authorization", admin);

        assertThat(server.post("/auth/login", json("email", "gus@example.com", "password", "a-fine-password"))
                .statusCode()).isEqualTo(401);
        assertThat(server.login("gus@example.com", "the-new-password").has("accessToken")).isTrue();
        assertThat(read(server.patch("/admin/api/users/" + id, "{\"password\":\"short\"}", "Authorization", admin))
                .path("code").asText()).isEqualTo("user.weak-password");
    }

    @Test
    void theLastAdminCannotBeDisabledOrDemoted() {
        String id = read(server.get("/auth/me", "Authorization", admin)).path("id").asText();

        HttpResponse<String> demoted = server.patch("/admin/api/users/" + id, "{\"roles\":[\"editor\"]}", "Authorization", admin);
        HttpResponse<String> disabled = server.patch("/admin/api/users/" + id, "{\"enabled\":false}", "Authorization", admin);

        assertThat(demoted.statusCode()).isEqualTo(409);
        assertThat(read(demoted).path("code").asText()).isEqualTo("user.last-admin");
        assertThat(disabled.statusCode()).isEqualTo(409);
        assertThat(server.login(ADMIN_EMAIL, ADMIN_PASSWORD).has("accessToken")).isTrue();
    }

    @Test
    void onlyAdminsMayManageUsers() {
        create("hal@example.com", "[\"editor\"]");
        String editor = bearer(server.login("hal@example.com", "a-fine-password").path("accessToken").asText());

        HttpResponse<String> forbidden = server.get("/admin/api/users", "Authorization", editor);
        HttpResponse<String> anonymous = server.get("/admin/api/users");

        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(read(forbidden).path("code").asText()).isEqualTo("auth.forbidden");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(server.patch("/admin/api/users/00000000-0000-0000-0000-000000000000", "{}", "Authorization", admin)
                .statusCode()).isEqualTo(404);
        assertThat(read(server.post("/admin/api/users", "{\"email\":\"x@example.com\",\"roles\":[\"authenticated\"]}",
                "Authorization", admin)).path("code").asText()).isEqualTo("role.invalid");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"email\": \"kim@example.com\", \"password\": \"a-fine-password\", \"roles\": \"editor\"}|roles|roles must be a list",
        "{\"email\": \"kim@example.com\", \"password\": \"a-fine-password\", \"enabled\": \"yes\"}|enabled|enabled must be true or false",
        "{\"email\": [\"kim@example.com\"], \"password\": \"a-fine-password\"}|email|email must be a text",
        "{\"email\": \"kim@example.com\", \"password\": \"a-fine-password\", \"roles\": [[\"editor\"]]}|roles[0]|roles[0] must be a text",
        "{\"email\": \"kim@example.com\", \"password\": {\"secret-one\": 1}}|password|password must be a text",
        "{\"email\": \"kim@example.com\", |body|the body is not valid JSON (line 1, column"})
    void aBodyOfTheWrongShapeIsAProblemNamingTheFieldAndNeverEchoingIt(String body, String field, String message) {
        HttpResponse<String> refused = server.post("/admin/api/users", body, "Authorization", admin);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode problem = read(refused);
        assertThat(problem.path("code").asText()).isEqualTo("body.malformed");
        assertThat(problem.path("errors").path(0).path("field").asText()).isEqualTo(field);
        assertThat(problem.path("errors").path(0).path("code").asText()).isEqualTo("type");
        assertThat(problem.path("errors").path(0).path("message").asText()).startsWith(message);
        assertThat(refused.body()).doesNotContain("a-fine-password", "secret-one", "kim@example.com");
        assertThat(server.get("/admin/api/users?limit=500", "Authorization", admin).body())
                .as("nothing written").doesNotContain("kim@example.com");
    }

    @Test
    void aPathParameterOfTheWrongKindIsAProblemNamingIt() {
        HttpResponse<String> refused = server.patch("/admin/api/users/not-a-uuid", "{}", "Authorization", admin);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode problem = read(refused);
        assertThat(problem.path("code").asText()).isEqualTo("parameter.invalid");
        assertThat(problem.path("errors").path(0).path("field").asText()).isEqualTo("id");
        assertThat(problem.path("detail").asText()).isEqualTo("id must be a UUID, not 'not-a-uuid'");
    }
}
