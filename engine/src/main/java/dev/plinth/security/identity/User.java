package dev.plinth.security.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code plinth_user}. Its {@link #toString()} leaves the password hash out, so a logged user shows none.
 *
 * @param id            the user's id
 * @param email         the email, lower-case
 * @param displayName   a name to show, or {@code null}
 * @param passwordHash  the password's hash (bcrypt, with its {@code {bcrypt}} prefix), or {@code null} for a user who
 *                      signs in only through an OAuth2 provider
 * @param roles         the roles given to the user, sorted
 * @param enabled       whether the user may sign in
 * @param emailVerified whether the email was confirmed (by an OAuth2 / OIDC provider)
 * @param createdAt     when the user was created
 * @param lastLoginAt   when the user last signed in, or {@code null}
 */
public record User(UUID id, String email, String displayName, String passwordHash, List<String> roles, boolean enabled,
                   boolean emailVerified, OffsetDateTime createdAt, OffsetDateTime lastLoginAt) {

    public User {
        roles = List.copyOf(roles);
    }

    public Identity identity() {
        return Identity.user(id, email, roles);
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    @Override
    public String toString() {
        return "User[id=" + id + ", email=" + email + ", roles=" + roles + ", enabled=" + enabled + "]";
    }
}
