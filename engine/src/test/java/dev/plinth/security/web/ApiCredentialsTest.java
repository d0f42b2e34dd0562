package dev.plinth.security.web;

import static dev.plinth.security.web.AuthEndpointsTest.assertInvalid;
import static dev.plinth.security.web.PlinthServer.ADMIN_EMAIL;
import static dev.plinth.security.web.PlinthServer.bearer;
import static dev.plinth.security.web.PlinthServer.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.plinth.schema.Secrets;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Credentials on the generated API: no credential is anonymous and gets what anonymous may; every bad credential is
 * 401 and says nothing about why; API keys work until revoked or expired.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiCredentialsTest {

    private static final String ADMIN_ID = "00000000-0000-0000-0000-0000000000ad";
    private PlinthServer server;
    private byte[] key;
    private String adminToken;

    @BeforeAll
    void start() {
        server = PlinthServer.start(List.of(ReadersPolicy.class));
        key = new Secrets(server.database().dsl()).get("jwt");
        adminToken = server.adminToken();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void withoutCredentialsTheCallerIsAnonymousAndGetsWhatAnonymousMay() {
        HttpResponse<String> authors = server.get("/api/author");
        assertThat(authors.statusCode()).isEqualTo(200);
        assertThat(ReadersPolicy.LAST.get().roles()).containsExactly("anonymous");
        assertThat(ReadersPolicy.LAST.get().variables().userId()).isNull();

        HttpResponse<String> posts = server.get("/api/post");
        assertThat(posts.statusCode()).isEqualTo(403);
        assertThat(read(posts).path("code").asText()).isEqualTo("permission.action");
        assertThat(server.post("/api/author", "{\"name\":\"Ann\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void aSignedInAdminWritesAsItselfWithItsVariables() {
        HttpResponse<String> created = server.post("/api/author", "{\"name\":\"Ann\"}", "Authorization", bearer(adminToken));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode me = read(server.get("/auth/me", "Authorization", bearer(adminToken)));
        assertThat(read(created).path("data").path("createdBy").asText()).isEqualTo(me.path("id").asText());
        ReadersPolicy.Asked asked = ReadersPolicy.LAST.get();
        assertThat(asked.roles()).containsExactly("admin", "authenticated");
        assertThat(asked.variables().userId()).hasToString(me.path("id").asText());
        assertThat(asked.variables().email()).isEqualTo(ADMIN_EMAIL);
        assertThat(asked.variables().roles()).containsExactlyInAnyOrder("admin", "authenticated");
    }

    static Stream<Arguments> forgedTokens() {
        return Stream.of(
                Arguments.of("expired", (TokenMaker) key -> sign(claims("plinth", Instant.now().minusSeconds(120)), key)),
                Arguments.of("wrong signature", (TokenMaker) key -> sign(claims("plinth", Instant.now().plusSeconds(600)),
                        "another-key-another-key-another-key".getBytes())),
                Arguments.of("wrong issuer", (TokenMaker) key -> sign(claims("https://evil.example", Instant.now()
                        .plusSeconds(600)), key)),
                Arguments.of("alg none", (TokenMaker) key -> new PlainJWT(claims("plinth", Instant.now().plusSeconds(600)))
                        .serialize()),
                Arguments.of("tampered payload", (TokenMaker) key -> {
                    String[] parts = sign(claims("plinth", Instant.now().plusSeconds(600)), key).split("\\.");
                    JWTClaimsSet more = new JWTClaimsSet.Builder(claims("plinth", Instant.now().plusSeconds(600)))
                            .claim("roles", List.of("admin", "root")).build();
                    return parts[0] + "." + Base64URL.encode(more.toString()) + "." + parts[2];
                }),
                Arguments.of("not a JWT", (TokenMaker) key -> "hello"));
    }

    interface TokenMaker {
        String make(byte[] key) throws Exception;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void aBadBearerTokenIsRefusedEverywhereAndSaysNothing(String name, TokenMaker maker) throws Exception {
        String token = maker.make(key);
        for (String path : List.of("/api/author", "/auth/me", "/admin/api/users", "/actuator/metrics")) {
            HttpResponse<String> response = server.get(path, "Authorization", bearer(token));

            assertInvalid(response, "auth.invalid-token");
            assertThat(read(response).path("detail").asText()).isEqualTo("the access token is not valid");
            assertThat(response.body()).doesNotContain(token, "expired", "signature", "issuer", "none", "Exception");
        }
    }

    @Test
    void aCredentialOfAnotherSchemeIsRefusedNotIgnored() {
        assertInvalid(server.get("/api/author", "Authorization", "Basic YWRtaW46YWRtaW4="), "auth.invalid-token");
        assertInvalid(server.get("/api/author", "Authorization", "Bearer"), "auth.invalid-token");
    }

    @Test
    void anApiKeyIsShownOnceAndWorksUntilRevoked() {
        HttpResponse<String> created = server.post("/admin/api/keys", "{\"name\":\"reporting\",\"roles\":[\"reader\"]}",
                "Authorization", bearer(adminToken));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = read(created);
        String secret = body.path("key").asText();
        assertThat(secret).startsWith("plk_").hasSize(47);
        assertThat(body.path("prefix").asText()).isEqualTo(secret.substring(0, 12));

        HttpResponse<String> listed = server.get("/admin/api/keys", "Authorization", bearer(adminToken));
        assertThat(listed.body()).contains("reporting").doesNotContain(secret).doesNotContain("\"key\"");

        JsonNode me = read(server.get("/auth/me", "X-Api-Key", secret));
        assertThat(me.path("id").isNull()).isTrue();
        assertThat(me.path("apiKeyId").asText()).isEqualTo(body.path("id").asText());
        assertThat(me.path("roles").toString()).isEqualTo("[\"reader\"]");
        assertThat(server.get("/api/author", "X-Api-Key", secret).statusCode()).isEqualTo(200);
        assertThat(ReadersPolicy.LAST.get().roles()).containsExactly("authenticated", "reader");
        assertThat(ReadersPolicy.LAST.get().variables().userId()).isNull();
        HttpResponse<String> notAdmin = server.get("/admin/api/keys", "X-Api-Key", secret);
        assertThat(notAdmin.statusCode()).isEqualTo(403);
        assertThat(read(notAdmin).path("code").asText()).isEqualTo("auth.forbidden");

        assertThat(server.delete("/admin/api/keys/" + body.path("id").asText(), "Authorization", bearer(adminToken))
                .statusCode()).isEqualTo(204);

        HttpResponse<String> revoked = server.get("/api/author", "X-Api-Key", secret);
        assertInvalid(revoked, "auth.invalid-api-key");
        assertThat(revoked.body()).doesNotContain(secret, "revoked");
        assertThat(server.delete("/admin/api/keys/" + UUID.randomUUID(), "Authorization", bearer(adminToken))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void anExpiredOrUnknownApiKeyIsRefused() {
        JsonNode created = read(server.post("/admin/api/keys", "{\"name\":\"short-lived\",\"roles\":[],"
                + "\"expiresAt\":\"2099-01-01T00:00:00Z\"}", "Authorization", bearer(adminToken)));
        String secret = created.path("key").asText();
        assertThat(server.get("/api/author", "X-Api-Key", secret).statusCode()).isEqualTo(200);
        server.database().dsl().execute("update plinth_api_key set expires_at = now() - interval '1 second' where id = ?::uuid",
                created.path("id").asText());

        HttpResponse<String> expired = server.get("/api/author", "X-Api-Key", secret);

        assertInvalid(expired, "auth.invalid-api-key");
        assertThat(expired.body()).doesNotContain("expired");
        assertInvalid(server.get("/api/author", "X-Api-Key", "plk_" + "A".repeat(43)), "auth.invalid-api-key");
        assertInvalid(server.get("/api/author", "X-Api-Key", "nonsense"), "auth.invalid-api-key");
        assertInvalid(server.get("/api/author", "X-Api-Key", secret, "Authorization", bearer(adminToken)),
                "auth.invalid-token");
    }

    @Test
    void keysNeedANameValidRolesAndAFutureExpiry() {
        Map<String, String> refusals = Map.of(
                "{\"roles\":[]}", "api-key.invalid-name",
                "{\"name\":\"x\",\"roles\":[\"Not A Role\"]}", "role.invalid",
                "{\"name\":\"x\",\"roles\":[\"anonymous\"]}", "role.invalid",
                "{\"name\":\"x\",\"expiresAt\":\"2000-01-01T00:00:00Z\"}", "api-key.invalid-expiry");
        refusals.forEach((body, code) -> {
            HttpResponse<String> response = server.post("/admin/api/keys", body, "Authorization", bearer(adminToken));
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(read(response).path("code").asText()).as(body).isEqualTo(code);
        });
        HttpResponse<String> anonymous = server.post("/admin/api/keys", "{\"name\":\"x\"}");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(read(anonymous).path("code").asText()).isEqualTo("auth.required");
    }

    @Test
    void probesAndDocumentationAreOpenAndEverythingElseNeedsAnAdmin() {
        assertThat(server.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(server.get("/plinth-api-docs/index.html").statusCode()).isEqualTo(200);
        assertThat(server.get("/api/openapi.json").statusCode()).isEqualTo(200);

        HttpResponse<String> metrics = server.get("/actuator/metrics");
        assertThat(metrics.statusCode()).isEqualTo(401);
        assertThat(read(metrics).path("code").asText()).isEqualTo("auth.required");
        assertThat(server.get("/actuator/metrics", "Authorization", bearer(adminToken)).statusCode()).isEqualTo(200);
        assertThat(server.get("/nothing-here").statusCode()).isEqualTo(401);
    }

    private static JWTClaimsSet claims(String issuer, Instant expires) {
        return new JWTClaimsSet.Builder().issuer(issuer).subject(ADMIN_ID).claim("email", "x@example.com")
                .claim("roles", List.of("admin")).expirationTime(Date.from(expires)).build();
    }

    private static String sign(JWTClaimsSet claims, byte[] key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }
}
