package dev.plinth.query.filter;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a filter's variables stand for in one request. A variable without a value (an anonymous caller has no
 * {@code $user.id}) is bound as SQL {@code null}, so a comparison with it matches no row.
 *
 * @param userId the signed-in user's id ({@code $user.id}), or {@code null}
 * @param email  the signed-in user's email ({@code $user.email}), or {@code null}
 * @param roles  the user's role names ({@code $user.roles}), possibly empty
 * @param now    the moment of the request ({@code $now}); a date field compares with its date, a time field with its
 *               time of day, both in this value's offset
 */
public record Variables(UUID userId, String email, Set<String> roles, OffsetDateTime now) {

    public Variables {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        Objects.requireNonNull(now, "now");
    }

    /** The variables of a caller who is not signed in. */
    public static Variables anonymous(OffsetDateTime now) {
        return new Variables(null, null, Set.of(), now);
    }
}
