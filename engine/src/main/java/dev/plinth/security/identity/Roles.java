package dev.plinth.security.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plinth.model.Names;
import dev.plinth.model.Role;
import dev.plinth.query.Shown;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.JSONB;

/** The built-in roles and the rules for the roles a user or an API key may be given. */
public final class Roles {

    public static final String ANONYMOUS = Role.ANONYMOUS;
    public static final String AUTHENTICATED = Role.AUTHENTICATED;
    public static final String ADMIN = Role.ADMIN;
    /** The most roles one user or API key may hold. */
    public static final int MAX_ROLES = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Roles() {
    }

    /**
     * The roles a signed-in caller holds: its own and {@code authenticated}, sorted. {@code admin} passes through as
     * it is.
     */
    public static Set<String> effective(Collection<String> own) {
        Set<String> roles = new TreeSet<>(own);
        roles.add(AUTHENTICATED);
        return roles;
    }

    /**
     * The roles as they may be given to a user or an API key: sorted, without repeats.
     *
     * @throws IllegalArgumentException naming the first role that may not be given: a malformed name, or
     *                                  {@code anonymous} and {@code authenticated}, which Plinth grants by itself
     */
    public static Set<String> assignable(Collection<String> requested) {
        if (requested.size() > MAX_ROLES) {
            throw new IllegalArgumentException("at most " + MAX_ROLES + " roles may be given");
        }
        Set<String> roles = new TreeSet<>();
        for (String role : requested) {
            if (role == null || role.length() > Names.MAX_NAME_LENGTH || !Names.ROLE_NAME.matcher(role).matches()) {
                throw new IllegalArgumentException("'" + shorten(role) + "' is not a role name: use lower-case letters,"
                        + " digits, '-' and '_', starting with a letter, up to " + Names.MAX_NAME_LENGTH + " characters");
            }
            if (role.equals(ANONYMOUS) || role.equals(AUTHENTICATED)) {
                throw new IllegalArgumentException("'" + role + "' is given by Plinth itself and cannot be assigned");
            }
            roles.add(role);
        }
        return roles;
    }

    /** The roles as stored in a {@code roles} column: a sorted JSON array of names. */
    public static JSONB json(Collection<String> roles) {
        try {
            return JSONB.valueOf(JSON.writeValueAsString(new TreeSet<>(roles)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The roles a {@code roles} column holds. */
    public static List<String> fromJson(JSONB json) {
        try {
            return json == null ? List.of() : JSON.readValue(json.data(), new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a roles column holds something other than an array of names", e);
        }
    }

    private static String shorten(String role) {
        return role == null ? "null" : Shown.shortened(role, 40);
    }
}
