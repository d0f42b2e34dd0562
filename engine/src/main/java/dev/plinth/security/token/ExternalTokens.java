package dev.plinth.security.token;

import dev.plinth.security.identity.Identity;
import dev.plinth.security.identity.Roles;
import dev.plinth.security.identity.User;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * JWTs from an external OpenID Connect issuer (Keycloak, Auth0, Google...), checked against the issuer's published
 * keys (found through its discovery document, or a JWKS address), its issuer and, when configured, the audience.
 * The caller is the user with the token's verified email (created on first sight); the roles come from a claim of
 * the token, each request anew (a dotted claim name such as {@code realm_access.roles} walks into objects).
 */
public final class ExternalTokens {

    /**
     * Where the issuer's tokens are checked.
     *
     * @param issuerUri  the issuer; its keys are found through its discovery document unless {@code jwkSetUri} is given
     * @param jwkSetUri  the address of the issuer's keys, or {@code null}
     * @param rolesClaim the claim holding the roles
     * @param audience   the audience tokens must be for, or {@code null} for any
     */
    public record Settings(String issuerUri, String jwkSetUri, String rolesClaim, String audience) {
    }

    private final Settings settings;
    private final JwtDecoder decoder;
    private final ExternalAccounts accounts;

    public ExternalTokens(Settings settings, ExternalAccounts accounts) {
        this.settings = settings;
        this.accounts = accounts;
        this.decoder = new SupplierJwtDecoder(() -> decoder(settings));
    }

    private static JwtDecoder decoder(Settings settings) {
        NimbusJwtDecoder decoder = settings.jwkSetUri() != null
                ? NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build()
                : NimbusJwtDecoder.withIssuerLocation(settings.issuerUri()).build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(settings.issuerUri() != null ? JwtValidators.createDefaultWithIssuer(settings.issuerUri())
                : JwtValidators.createDefault());
        if (settings.audience() != null) {
            validators.add(new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(settings.audience())));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    /** Whether a token naming this issuer is for this checker: the configured issuer, or any but Plinth without one. */
    boolean accepts(String issuer) {
        return settings.issuerUri() != null ? settings.issuerUri().equals(issuer)
                : issuer != null && !AccessTokens.claimsPlinth(issuer);
    }

    /**
     * The identity the token proves.
     *
     * @throws InvalidCredentialException when the token does not check out, has no verified email, or names a
     *                                    disabled user
     */
    public Identity verify(String token) {
        Jwt jwt;
        try {
            jwt = decoder.decode(token);
        } catch (JwtException e) {
            throw InvalidCredentialException.token("external: " + e.getMessage());
        }
        User user;
        try {
            user = accounts.link(jwt.getClaimAsString("email"), ExternalAccounts.isTrue(jwt.getClaims().get("email_verified")),
                    jwt.getClaimAsString("name"));
        } catch (ExternalAccounts.UnverifiedEmailException e) {
            throw InvalidCredentialException.token("external: " + e.getMessage());
        }
        if (!user.enabled()) {
            throw InvalidCredentialException.token("external: user disabled");
        }
        return Identity.user(user.id(), user.email(), roles(jwt.getClaims(), settings.rolesClaim()));
    }

    /** The role names in the claim (a list, or a string of names separated by spaces or commas); others are skipped. */
    static List<String> roles(Map<String, Object> claims, String claimName) {
        Object value = claims;
        for (String part : claimName.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        Collection<?> names = value instanceof Collection<?> list ? list
                : value instanceof String text ? List.of(text.split("[\\s,]+")) : List.of();
        List<String> roles = new ArrayList<>();
        for (Object name : names) {
            if (name instanceof String role) {
                try {
                    roles.addAll(Roles.assignable(List.of(role)));
                } catch (IllegalArgumentException notARole) {
                    // a name Plinth cannot use as a role (upper case, say) grants nothing
                }
            }
        }
        return roles;
    }
}
