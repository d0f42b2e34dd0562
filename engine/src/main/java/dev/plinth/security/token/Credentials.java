package dev.plinth.security.token;

import com.nimbusds.jwt.JWTParser;
import dev.plinth.security.identity.Identity;
import java.text.ParseException;
import java.util.Optional;

/**
 * Reads the credential of a request: {@code Authorization: Bearer <jwt>} (Plinth's own, or an external issuer's when
 * one is configured) or {@code X-Api-Key: plk_...}. No credential is anonymous; a credential that proves nothing is
 * refused, never taken as anonymous.
 */
public final class Credentials {

    public static final String API_KEY_HEADER = "X-Api-Key";
    static final String BEARER = "Bearer ";
    /** Longer headers are refused before any parsing. */
    static final int MAX_LENGTH = 16 * 1024;

    private final AccessTokens accessTokens;
    private final ExternalTokens externalTokens;
    private final ApiKeys apiKeys;

    /** @param externalTokens the external issuer's checker, or {@code null} when none is configured */
    public Credentials(AccessTokens accessTokens, ExternalTokens externalTokens, ApiKeys apiKeys) {
        this.accessTokens = accessTokens;
        this.externalTokens = externalTokens;
        this.apiKeys = apiKeys;
    }

    /** Whether the request carries a credential at all. */
    public static boolean present(String authorization, String apiKey) {
        return authorization != null || apiKey != null;
    }

    /**
     * The identity the headers prove; empty when they carry no credential.
     *
     * @throws InvalidCredentialException when a credential is there but proves nothing, or there are two
     */
    public Optional<Identity> authenticate(String authorization, String apiKey) {
        if (authorization != null && apiKey != null) {
            throw InvalidCredentialException.token("both a bearer token and an API key");
        }
        if (apiKey != null) {
            return Optional.of(apiKeys.verify(apiKey.length() > MAX_LENGTH ? null : apiKey.strip()));
        }
        if (authorization == null) {
            return Optional.empty();
        }
        if (authorization.length() > MAX_LENGTH || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw InvalidCredentialException.token("not a bearer token");
        }
        return Optional.of(bearer(authorization.substring(BEARER.length()).strip()));
    }

    private Identity bearer(String token) {
        Identity known = accessTokens.recall(token);
        if (known != null) {
            return known;
        }
        String issuer;
        try {
            issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException | RuntimeException e) {
            throw InvalidCredentialException.token("not a JWT");
        }
        if (AccessTokens.claimsPlinth(issuer)) {
            return accessTokens.verify(token);
        }
        if (externalTokens != null && externalTokens.accepts(issuer)) {
            return externalTokens.verify(token);
        }
        throw InvalidCredentialException.token("unknown issuer");
    }
}
