package dev.plinth.model;

import java.util.List;
import java.util.Set;

/**
 * A role and the rules that grant it access. Deny by default: a role may do only what a rule allows.
 *
 * @param name        the role's name
 * @param label       a human name, or {@code null}
 * @param description a description, or {@code null}
 * @param rules       the rules, in file order
 */
public record Role(String name, String label, String description, List<Rule> rules) {

    /** Callers with no credentials. */
    public static final String ANONYMOUS = "anonymous";
    /** Any signed-in caller. */
    public static final String AUTHENTICATED = "authenticated";
    /** Everything, including the model and users; it has no rules file. */
    public static final String ADMIN = "admin";

    /** Roles every Plinth has whatever the model says. */
    public static final Set<String> BUILT_IN = Set.of(ANONYMOUS, AUTHENTICATED, ADMIN);

    public Role {
        rules = List.copyOf(rules);
    }
}
