package dev.plinth.security.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.plinth.security.identity.Identity;
import dev.plinth.security.identity.User;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Plinth's access tokens: what they say, and every way a forged or stale one is refused. */
class AccessTokensTest {

    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");
    static final User ANN = new User(UUID.fromString("00000000-0000-0000-0000-0000000000a1"), "ann@example.com", "Ann",
            "{bcrypt}hash", List.of("editor"), true, true, null, null);

    private final AccessTokens tokens = new AccessTokens(KEY, Duration.ofMinutes(15), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTokenProvesItsUserAndRoles() throws Exception {
        String token = tokens.issue(ANN);

        Identity identity = tokens.verify(token);

        assertThat(identity).isEqualTo(Identity.user(ANN.id(), "ann@example.com", List.of("editor")));
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("plinth");
        assertThat(claims.getSubject()).isEqualTo(ANN.id().toString());
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(SignedJWT.parse(token).getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(token).doesNotContain("hash");
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = tokens.issue(ANN);
        AccessTokens later = new AccessTokens(KEY, Duration.ofMinutes(15),
                Clock.fixed(NOW.plus(Duration.ofMinutes(16)), ZoneOffset.UTC));

        assertRefused(() -> later.verify(token), "expired");
    }

    @Test
    void aVerifiedTokenIsRecalledUntilItExpiresAndNoLonger() {
        Instant[] now = {NOW};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        AccessTokens memo = new AccessTokens(KEY, Duration.ofMinutes(15), clock);
        String token = memo.issue(ANN);
        assertThat(memo.recall(token)).isNull();

        Identity identity = memo.verify(token);

        assertThat(memo.recall(token)).isEqualTo(identity);
        now[0] = NOW.plus(Duration.ofMinutes(15)).plus(AccessTokens.CLOCK_SKEW).minusSeconds(1);
        assertThat(memo.recall(token)).isEqualTo(identity);
        now[0] = NOW.plus(Duration.ofMinutes(15)).plus(AccessTokens.CLOCK_SKEW);
        assertThat(memo.recall(token)).isNull();
        assertRefused(() -> memo.verify(token), "expired");
    }

    @Test
    void aChangedTokenIsNeverRecalledInPlaceOfTheVerifiedOne() {
        String token = tokens.issue(ANN);
        tokens.verify(token);
        String[] parts = token.split("\\.");
        String otherPayload = Base64URL.encode(new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                .replace("editor", "admin")).toString();
        String forged = parts[0] + "." + otherPayload + "." + parts[2];

        assertThat(tokens.recall(forged)).isNull();
        assertRefused(() -> tokens.verify(forged), "signature");
        assertRefused(() -> tokens.verify(token + "x"), "signature");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        byte[] other = KEY.clone();
        other[0] = 'X';

        assertRefused(() -> tokens.verify(sign(claims("plinth", NOW.plusSeconds(60)), other)), "signature");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefusedEvenWithTheRightKey() throws Exception {
        assertRefused(() -> tokens.verify(sign(claims("evil", NOW.plusSeconds(60)), KEY)), "issuer");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String none = new PlainJWT(claims("plinth", NOW.plusSeconds(60))).serialize();

        assertRefused(() -> tokens.verify(none), "unreadable");
        String[] parts = tokens.issue(ANN).split("\\.");
        String noneHeader = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}").toString();
        assertRefused(() -> tokens.verify(noneHeader + "." + parts[1] + "."), "unreadable");
        assertRefused(() -> tokens.verify(noneHeader + "." + parts[1] + "." + parts[2]), "unreadable");
    }

    @Test
    void anotherAlgorithmIsRefused() throws Exception {
        SignedJWT hs512 = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512), claims("plinth", NOW.plusSeconds(60)));
        byte[] longKey = Arrays.copyOf(KEY, 64);
        hs512.sign(new MACSigner(longKey));

        assertRefused(() -> tokens.verify(hs512.serialize()), "algorithm");
    }

    @Test
    void aTamperedPayloadIsRefused() throws Exception {
        String[] parts = tokens.issue(ANN).split("\\.");
        JWTClaimsSet admin = new JWTClaimsSet.Builder(SignedJWT.parse(tokens.issue(ANN)).getJWTClaimsSet())
                .claim("roles", List.of("admin")).build();
        String payload = Base64URL.encode(admin.toString()).toString();

        assertRefused(() -> tokens.verify(parts[0] + "." + payload + "." + parts[2]), "signature");
    }

    @Test
    void garbageIsRefused() {
        assertRefused(() -> tokens.verify("not-a-jwt"), "unreadable");
        assertRefused(() -> tokens.verify(""), "unreadable");
    }

    @Test
    void aKeyShorterThan256BitsIsRefused() {
        assertThatThrownBy(() -> new AccessTokens(new byte[31], Duration.ofMinutes(1), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static JWTClaimsSet claims(String issuer, Instant expires) {
        return new JWTClaimsSet.Builder().issuer(issuer).subject(ANN.id().toString()).claim("roles", List.of("admin"))
                .expirationTime(Date.from(expires)).build();
    }

    private static String sign(JWTClaimsSet claims, byte[] key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidCredentialException.class, e -> {
            assertThat(e.code()).isEqualTo("auth.invalid-token");
            assertThat(e.getMessage()).isEqualTo("the access token is not valid");
            assertThat(e.reason()).startsWith(reason);
        });
    }
}
