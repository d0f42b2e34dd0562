package dev.plinth.security.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.plinth.security.identity.Identity;
import dev.plinth.security.identity.User;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Plinth's own access tokens: JWTs signed with HS256 by a key every instance shares, with the claims {@code sub}
 * (the user id), {@code email}, {@code roles}, {@code iss} ({@value #ISSUER}), {@code iat} (and {@value #ISSUED_MILLIS},
 * the same in milliseconds), {@code exp} and {@code jti}. Only HS256 with this key and this issuer is accepted:
 * {@code alg: none}, other algorithms, other issuers, a changed payload and expired tokens are all refused, and so
 * are tokens issued before their user's tokens were revoked ({@link TokenRevocations}).
 */
public final class AccessTokens {

    public static final String ISSUER = "plinth";
    /** The shortest key HS256 allows: 256 bits. */
    public static final int MIN_KEY_BYTES = 32;
    /** Clocks of instances may differ this much. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    /**
     * When the token was issued, in milliseconds ({@code iat} counts whole seconds): a revocation in the same second
     * must still tell the tokens issued before it from those issued after.
     */
    static final String ISSUED_MILLIS = "iat_ms";

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final Duration ttl;
    private final Clock clock;
    private final VerifiedTokens verified;
    private final TokenRevocations revocations;

    public AccessTokens(byte[] key, Duration ttl, Clock clock) {
        this(key, ttl, clock, TokenRevocations.NONE);
    }

    /** @param revocations when each user's tokens stopped counting: a token issued before is refused */
    public AccessTokens(byte[] key, Duration ttl, Clock clock, TokenRevocations revocations) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the JWT signing key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        try {
            this.signer = new MACSigner(key);
            this.verifier = new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the JWT signing key is not usable: " + e.getMessage(), e);
        }
        this.ttl = ttl;
        this.clock = clock;
        this.verified = new VerifiedTokens(clock);
        this.revocations = revocations;
    }

    public Duration ttl() {
        return ttl;
    }

    /** A signed access token for the user, valid for {@link #ttl()}. */
    public String issue(User user) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(user.id().toString())
                .claim("email", user.email())
                .claim("roles", user.roles())
                .issueTime(Date.from(now))
                .claim(ISSUED_MILLIS, now.toEpochMilli())
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("an access token could not be signed", e);
        }
        return jwt.serialize();
    }

    /** Whether the token names Plinth as its issuer (read without checking anything). */
    static boolean claimsPlinth(String issuer) {
        return ISSUER.equals(issuer);
    }

    /**
     * The identity of a token this instance has already verified and that has not expired since, or {@code null}.
     *
     * @throws InvalidCredentialException when its user's tokens were revoked since it was issued
     */
    Identity recall(String token) {
        VerifiedTokens.Verified known = verified.recall(token);
        if (known == null) {
            return null;
        }
        checkNotRevoked(known.identity(), known.issued());
        return known.identity();
    }

    private void checkNotRevoked(Identity identity, Instant issued) {
        if (revocations.revoked(identity.userId(), issued)) {
            throw InvalidCredentialException.token("revoked");
        }
    }

    /**
     * The identity the token proves.
     *
     * @throws InvalidCredentialException when it is malformed, not HS256, not signed by this key, not from Plinth,
     *                                    expired, or without a user id
     */
    public Identity verify(String token) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || jwt.getHeader().getCriticalParams() != null) {
                throw InvalidCredentialException.token("algorithm " + jwt.getHeader().getAlgorithm());
            }
            if (!jwt.verify(verifier)) {
                throw InvalidCredentialException.token("signature");
            }
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException | IllegalStateException e) {
            throw InvalidCredentialException.token("unreadable: " + e.getClass().getSimpleName());
        }
        if (!ISSUER.equals(claims.getIssuer())) {
            throw InvalidCredentialException.token("issuer");
        }
        Date expires = claims.getExpirationTime();
        if (expires == null || !expires.toInstant().plus(CLOCK_SKEW).isAfter(clock.instant())) {
            throw InvalidCredentialException.token("expired");
        }
        Identity identity;
        Instant issued;
        try {
            UUID userId = UUID.fromString(String.valueOf(claims.getSubject()));
            List<String> roles = claims.getStringListClaim("roles");
            identity = Identity.user(userId, claims.getStringClaim("email"), roles == null ? List.of() : roles);
            Long millis = claims.getLongClaim(ISSUED_MILLIS);
            Date iat = claims.getIssueTime();
            issued = millis != null ? Instant.ofEpochMilli(millis) : iat != null ? iat.toInstant() : Instant.EPOCH;
        } catch (ParseException | IllegalArgumentException e) {
            throw InvalidCredentialException.token("claims");
        }
        checkNotRevoked(identity, issued);
        verified.remember(token, identity, issued, expires.toInstant().plus(CLOCK_SKEW));
        return identity;
    }
}
