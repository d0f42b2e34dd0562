package dev.plinth.security;

import dev.plinth.model.Rule;
import java.util.List;
import java.util.Set;

/**
 * Which members one rule opens in one direction (reading or writing), from its field lists. A rule may set a list
 * for both directions ({@code fields.allow} or {@code fields.deny}) and one for this direction
 * ({@code fields.read.*} or {@code fields.write.*}); a member must pass both. A missing list lets every member pass.
 */
record FieldRules(Set<String> allow, Set<String> deny, Set<String> directionAllow, Set<String> directionDeny) {

    /** Every member passes. */
    static final FieldRules ALL = new FieldRules(null, null, null, null);

    static FieldRules reads(Rule.FieldAccess fields) {
        return new FieldRules(set(fields.allow()), set(fields.deny()), set(fields.readAllow()), set(fields.readDeny()));
    }

    static FieldRules writes(Rule.FieldAccess fields) {
        return new FieldRules(set(fields.allow()), set(fields.deny()), set(fields.writeAllow()),
                set(fields.writeDeny()));
    }

    boolean permits(String member) {
        return passes(allow, deny, member) && passes(directionAllow, directionDeny, member);
    }

    private static boolean passes(Set<String> allow, Set<String> deny, String member) {
        return (allow == null || allow.contains(member)) && (deny == null || !deny.contains(member));
    }

    private static Set<String> set(List<String> names) {
        return names == null ? null : Set.copyOf(names);
    }
}
