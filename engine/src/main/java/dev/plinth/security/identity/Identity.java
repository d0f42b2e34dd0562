package dev.plinth.security.identity;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A signed-in caller: a user (by password, by a Plinth or an external JWT, or by an OAuth2 login session) or an API
 * key. An anonymous caller has no identity.
 *
 * @param kind   a user or an API key
 * @param userId the user's id; {@code null} for an API key, which is not a person (its writes have no
 *               {@code createdBy} and {@code $user.id} is {@code null} in its rules)
 * @param email  the user's email; {@code null} for an API key
 * @param roles  the roles given to the user or key, sorted, without the built-in {@code authenticated}
 * @param keyId  the API key's id; {@code null} for a user
 */
public record Identity(Kind kind, UUID userId, String email, Set<String> roles, UUID keyId) implements Serializable {

    /** What signed in. */
    public enum Kind { USER, API_KEY }

    public Identity {
        Objects.requireNonNull(kind, "kind");
        roles = Collections.unmodifiableSortedSet(new TreeSet<>(roles));
    }

    public static Identity user(UUID userId, String email, Collection<String> roles) {
        return new Identity(Kind.USER, Objects.requireNonNull(userId, "userId"), email, Set.copyOf(roles), null);
    }

    public static Identity apiKey(UUID keyId, Collection<String> roles) {
        return new Identity(Kind.API_KEY, null, null, Set.copyOf(roles), Objects.requireNonNull(keyId, "keyId"));
    }

    /** The roles rules are looked up by: the given ones and {@code authenticated}, sorted. */
    public Set<String> effectiveRoles() {
        return Roles.effective(roles);
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }
}
