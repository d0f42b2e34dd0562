package dev.plinth.api;

import dev.plinth.query.Access;
import dev.plinth.query.filter.Variables;
import dev.plinth.security.identity.AccessPolicy;
import dev.plinth.security.identity.Identity;
import dev.plinth.security.identity.Roles;
import dev.plinth.security.web.IdentityAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The caller as the security filters found it: no credentials is {@code anonymous}; a signed-in user or an API key
 * holds its roles and {@code authenticated}. Its access is the {@link AccessPolicy}'s answer for those roles, with
 * {@code $user.id}, {@code $user.email}, {@code $user.roles} (the same effective roles) and {@code $now}.
 *
 * <p>An API key is not a person: its {@link #id} is {@code null} (rows it writes have no {@code createdBy}), and so is
 * its {@code $user.id}.
 */
final class IdentityCaller implements Caller {

    private static final Set<String> ANONYMOUS = Set.of(Roles.ANONYMOUS);

    private final AccessPolicy policy;
    private final Clock clock;

    IdentityCaller(AccessPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Access access(HttpServletRequest request, ApiModel.Snapshot api) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Identity> identity = IdentityAuthentication.of(request);
        if (identity.isEmpty()) {
            return policy.access(api.index(), ANONYMOUS, Variables.anonymous(now));
        }
        Set<String> roles = identity.get().effectiveRoles();
        return policy.access(api.index(), roles, new Variables(identity.get().userId(), identity.get().email(), roles, now));
    }

    @Override
    public UUID id(HttpServletRequest request) {
        return IdentityAuthentication.of(request).map(Identity::userId).orElse(null);
    }

    /** The sorted roles, joined by commas: callers with the same roles see the same OpenAPI document. */
    @Override
    public String audience(HttpServletRequest request) {
        return String.join(",", IdentityAuthentication.of(request).map(Identity::effectiveRoles).orElse(ANONYMOUS));
    }
}
