package dev.plinth.security.web;

import static dev.plinth.security.web.AuthEndpointsTest.assertInvalid;
import static dev.plinth.security.web.PlinthServer.bearer;
import static dev.plinth.security.web.PlinthServer.json;
import static dev.plinth.security.web.PlinthServer.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.security.identity.User;
import dev.plinth.security.identity.Users;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * OAuth2 / OIDC login end to end against a real OpenID Connect provider (mock-oauth2-server, non-interactive) on a
 * random port, registered with Spring Boot's standard properties; and the same provider's JWTs as bearer tokens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OAuth2LoginTest {

    private static final String CLIENT = "plinth-web";
    private static final String API_AUDIENCE = "plinth-api";

    private MockOAuth2Server provider;
    private PlinthServer server;
    private String issuer;

    @BeforeAll
    void start() {
        provider = new MockOAuth2Server(new OAuth2Config());
        provider.start();
        issuer = provider.issuerUrl("default").toString();
        server = PlinthServer.start(List.of(ReadersPolicy.class),
                "--spring.security.oauth2.client.registration.mock.client-id=" + CLIENT,
                "--spring.security.oauth2.client.registration.mock.client-secret=not-so-secret",
                "--spring.security.oauth2.client.registration.mock.scope=openid,email,profile",
                "--spring.security.oauth2.client.provider.mock.issuer-uri=" + issuer,
                "--plinth.security.login-success-url=/auth/me",
                "--plinth.security.oidc.issuer-uri=" + issuer,
                "--plinth.security.oidc.roles-claim=groups",
                "--plinth.security.oidc.audience=" + API_AUDIENCE);
    }

    @AfterAll
    void stop() {
        server.close();
        provider.shutdown();
    }

    /** The provider signs the next person in as {@code email}. */
    private void nextLogin(String email, boolean verified) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("default", "sub-" + email, "JWT", List.of(CLIENT),
                Map.of("email", email, "email_verified", verified, "name", "Someone"), 3600));
    }

    /** A browser that follows the login's redirects from Plinth to the provider and back. */
    private HttpResponse<String> signIn(HttpClient browser) {
        return PlinthServer.send(browser, HttpRequest.newBuilder(URI.create(server.base() + "/oauth2/authorization/mock"))
                .GET().build());
    }

    @Test
    void aLoginCreatesTheUserAndSignsThemIn() {
        nextLogin("Alice@Example.com", true);
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();

        HttpResponse<String> landed = signIn(browser);

        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/auth/me");
        JsonNode me = read(landed);
        assertThat(me.path("email").asText()).isEqualTo("alice@example.com");
        assertThat(me.path("roles").toString()).isEqualTo("[]");
        User alice = server.bean(Users.class).byEmail("alice@example.com").orElseThrow();
        assertThat(alice.emailVerified()).isTrue();
        assertThat(alice.passwordHash()).isNull();
        assertThat(alice.lastLoginAt()).isNotNull();
        assertThat(me.path("id").asText()).isEqualTo(alice.id().toString());

        HttpResponse<String> withoutCsrf = PlinthServer.send(browser, post("/auth/token").build());
        assertThat(withoutCsrf.statusCode()).isEqualTo(403);
        assertThat(read(withoutCsrf).path("code").asText()).isEqualTo("auth.csrf");

        HttpResponse<String> exchanged = PlinthServer.send(browser, post("/auth/token")
                .header("X-XSRF-TOKEN", cookie(cookies, "XSRF-TOKEN")).build());
        assertThat(exchanged.statusCode()).as(exchanged.body()).isEqualTo(200);
        String accessToken = read(exchanged).path("accessToken").asText();
        assertThat(read(server.get("/auth/me", "Authorization", bearer(accessToken))).path("email").asText())
                .isEqualTo("alice@example.com");

        assertThat(PlinthServer.send(browser, post("/auth/logout").build()).statusCode()).isEqualTo(204);
        assertThat(PlinthServer.send(browser, HttpRequest.newBuilder(URI.create(server.base() + "/auth/me")).build())
                .statusCode()).isEqualTo(401);
    }

    @Test
    void anUnverifiedEmailIsRefused() {
        nextLogin("mallory@example.com", false);

        HttpResponse<String> refused = signIn(PlinthServer.browser(HttpClient.Redirect.NORMAL));

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(read(refused).path("code").asText()).isEqualTo("auth.unverified-email");
        assertThat(server.bean(Users.class).byEmail("mallory@example.com")).isEmpty();
    }

    @Test
    void aLoginLinksToTheAccountWithTheEmailAndTakesAnUnprovenPasswordAway() {
        HttpResponse<String> signup = server.post("/auth/signup", json("email", "bob@example.com", "password",
                "someone-elses-password"));
        assertThat(signup.statusCode()).isEqualTo(201);
        User before = server.bean(Users.class).byEmail("bob@example.com").orElseThrow();
        nextLogin("bob@example.com", true);

        JsonNode me = read(signIn(PlinthServer.browser(HttpClient.Redirect.NORMAL)));

        assertThat(me.path("id").asText()).isEqualTo(before.id().toString());
        assertThat(me.path("roles").toString()).isEqualTo("[\"editor\"]");
        assertThat(server.post("/auth/login", json("email", "bob@example.com", "password", "someone-elses-password"))
                .statusCode()).isEqualTo(401);
        assertInvalid(server.post("/auth/refresh", json("refreshToken", read(signup).path("refreshToken").asText())),
                "auth.invalid-refresh-token");
    }

    @Test
    void theProvidersJwtsAreBearerTokensWithRolesFromTheClaim() {
        String token = provider.issueToken("default", "api-client", new DefaultOAuth2TokenCallback("default", "carol",
                "JWT", List.of(API_AUDIENCE), Map.of("email", "carol@example.com", "email_verified", true,
                "groups", List.of("editor", "Not A Role")), 3600)).serialize();

        HttpResponse<String> me = server.get("/auth/me", "Authorization", bearer(token));

        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(read(me).path("email").asText()).isEqualTo("carol@example.com");
        assertThat(read(me).path("roles").toString()).isEqualTo("[\"editor\"]");
        assertThat(server.get("/api/author", "Authorization", bearer(token)).statusCode()).isEqualTo(200);
        assertThat(ReadersPolicy.LAST.get().roles()).containsExactly("authenticated", "editor");
    }

    @Test
    void theProvidersJwtsAreRefusedWithoutAVerifiedEmailTheAudienceOrFreshness() {
        Map<String, String> tokens = Map.of(
                "unverified", provider.issueToken("default", "c", new DefaultOAuth2TokenCallback("default", "dan", "JWT",
                        List.of(API_AUDIENCE), Map.of("email", "dan@example.com", "email_verified", false), 3600)).serialize(),
                "other audience", provider.issueToken("default", "c", new DefaultOAuth2TokenCallback("default", "dan",
                        "JWT", List.of("someone-else"), Map.of("email", "dan@example.com", "email_verified", true), 3600))
                        .serialize(),
                "expired", provider.issueToken("default", "c", new DefaultOAuth2TokenCallback("default", "dan", "JWT",
                        List.of(API_AUDIENCE), Map.of("email", "dan@example.com", "email_verified", true), -600)).serialize(),
                "other issuer", provider.issueToken("elsewhere", "c", new DefaultOAuth2TokenCallback("elsewhere", "dan",
                        "JWT", List.of(API_AUDIENCE), Map.of("email", "dan@example.com", "email_verified", true), 3600))
                        .serialize());
        tokens.forEach((name, token) -> {
            HttpResponse<String> response = server.get("/api/author", "Authorization", bearer(token));
            assertThat(response.statusCode()).as(name).isEqualTo(401);
            assertInvalid(response, "auth.invalid-token");
        });
        assertThat(server.bean(Users.class).byEmail("dan@example.com")).isEmpty();
    }

    private HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(URI.create(server.base() + path)).POST(HttpRequest.BodyPublishers.noBody());
    }

    private String cookie(CookieManager cookies, String name) {
        return cookies.getCookieStore().get(URI.create(server.base())).stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no cookie " + name));
    }
}
