package dev.plinth.security.web;

import dev.plinth.security.identity.Identity;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Spring Security's view of a signed-in {@link Identity}: its authorities are {@code ROLE_<role>} for each of its
 * effective roles, so {@code hasRole("admin")} guards admin endpoints. Never holds a credential.
 */
public final class IdentityAuthentication extends AbstractAuthenticationToken {

    /** How the identity was proven. */
    public enum Source { BEARER, API_KEY, SESSION }

    private final Identity identity;
    private final Source source;

    public IdentityAuthentication(Identity identity, Source source) {
        super(identity.effectiveRoles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        this.identity = identity;
        this.source = source;
        setAuthenticated(true);
    }

    /** The identity of the request, when its caller signed in. */
    public static Optional<Identity> of(HttpServletRequest request) {
        return current(request).map(IdentityAuthentication::identity);
    }

    /** The authentication of the request, when its caller signed in. */
    public static Optional<IdentityAuthentication> current(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal instanceof IdentityAuthentication authentication ? Optional.of(authentication) : Optional.empty();
    }

    public Identity identity() {
        return identity;
    }

    public Source source() {
        return source;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return identity;
    }

    /** The user's email (what pages show and the model history records as who applied), or {@code api-key:<id>}. */
    @Override
    public String getName() {
        return identity.kind() == Identity.Kind.USER ? identity.email() : "api-key:" + identity.keyId();
    }
}
