package dev.plinth.security.web;

import static dev.plinth.security.web.PlinthServer.ADMIN_EMAIL;
import static dev.plinth.security.web.PlinthServer.ADMIN_PASSWORD;
import static dev.plinth.security.web.PlinthServer.json;
import static dev.plinth.security.web.PlinthServer.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Repeated failed sign-ins lock the account, then the client address, with 429 and Retry-After. */
class LoginThrottlingTest {

    @Test
    void failuresLockTheAccountAndThenTheAddress() {
        try (PlinthServer server = PlinthServer.start(List.of(), "--plinth.security.login.max-failures=3",
                "--plinth.security.login.max-failures-per-address=6")) {
            server.post("/admin/api/users", "{\"email\":\"ann@example.com\",\"password\":\"anns-password\"}",
                    "Authorization", PlinthServer.bearer(server.adminToken()));
            for (int i = 0; i < 3; i++) {
                assertThat(server.post("/auth/login", json("email", "ann@example.com", "password", "guess-" + i))
                        .statusCode()).isEqualTo(401);
            }

            HttpResponse<String> locked = server.post("/auth/login", json("email", "ann@example.com", "password",
                    "anns-password"));

            assertThat(locked.statusCode()).as("even the right password").isEqualTo(429);
            assertThat(read(locked).path("code").asText()).isEqualTo("auth.throttled");
            assertThat(locked.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                    assertThat(v).startsWith("application/problem+json"));
            assertThat(locked.headers().firstValue("Retry-After").map(Long::parseLong))
                    .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(890L, 900L));
            assertThat(server.login(ADMIN_EMAIL, ADMIN_PASSWORD).has("accessToken")).as("other accounts").isTrue();

            for (int i = 0; i < 3; i++) {
                server.post("/auth/login", json("email", "nobody" + i + "@example.com", "password", "guess"));
            }

            HttpResponse<String> addressLocked = server.post("/auth/login", json("email", ADMIN_EMAIL, "password",
                    ADMIN_PASSWORD));
            assertThat(addressLocked.statusCode()).isEqualTo(429);
            assertThat(addressLocked.headers().firstValue("Retry-After")).isPresent();
        }
    }
}
