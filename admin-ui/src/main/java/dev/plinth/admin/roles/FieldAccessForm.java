package dev.plinth.admin.roles;

import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.Rule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule's field lists as the form shows them: for reading and for writing, one of "every field", "only the ticked
 * fields" or "every field but the ticked ones". The file's lists for both directions ({@code fields.allow},
 * {@code fields.deny}) and for one ({@code fields.read.*}, {@code fields.write.*}) are folded into what each
 * direction lets through, which is what the engine enforces.
 */
final class FieldAccessForm {

    static final String ALL = "all";
    static final String ONLY = "only";
    static final String EXCEPT = "except";

    /** How one direction is shown: the mode and the ticked fields. */
    record Direction(String mode, List<String> fields) {
    }

    private FieldAccessForm() {
    }

    static Direction reads(Rule.FieldAccess access, Entity entity) {
        return direction(access.allow(), access.deny(), access.readAllow(), access.readDeny(), names(entity, access));
    }

    static Direction writes(Rule.FieldAccess access, Entity entity) {
        return direction(access.allow(), access.deny(), access.writeAllow(), access.writeDeny(), names(entity, access));
    }

    /**
     * The field lists for the chosen directions: shared lists when both directions say the same, else one list per
     * direction. When they let through exactly what {@code original} does, {@code original} is kept as written.
     */
    static Rule.FieldAccess access(Direction read, Direction write, Rule.FieldAccess original, Entity entity) {
        List<String> names = names(entity, original);
        if (permitted(read, names).equals(permitted(reads(original, entity), names))
                && permitted(write, names).equals(permitted(writes(original, entity), names))) {
            return original;
        }
        if (read.equals(write)) {
            return new Rule.FieldAccess(allow(read), deny(read), null, null, null, null);
        }
        return new Rule.FieldAccess(null, null, allow(read), deny(read), allow(write), deny(write));
    }

    private static Direction direction(List<String> allow, List<String> deny, List<String> directionAllow,
                                       List<String> directionDeny, List<String> names) {
        List<String> passing = names.stream().filter(name -> passes(allow, deny, name)
                && passes(directionAllow, directionDeny, name)).toList();
        if (passing.size() == names.size()) {
            return new Direction(ALL, List.of());
        }
        if (allow != null || directionAllow != null) {
            return new Direction(ONLY, passing);
        }
        return new Direction(EXCEPT, names.stream().filter(n -> !passing.contains(n)).toList());
    }

    private static boolean passes(List<String> allow, List<String> deny, String name) {
        return (allow == null || allow.contains(name)) && (deny == null || !deny.contains(name));
    }

    private static Set<String> permitted(Direction direction, List<String> names) {
        Set<String> passing = new LinkedHashSet<>();
        for (String name : names) {
            boolean ticked = direction.fields().contains(name);
            if (switch (direction.mode()) {
                case ONLY -> ticked;
                case EXCEPT -> !ticked;
                default -> true;
            }) {
                passing.add(name);
            }
        }
        return passing;
    }

    private static List<String> allow(Direction direction) {
        return direction.mode().equals(ONLY) ? List.copyOf(direction.fields()) : null;
    }

    private static List<String> deny(Direction direction) {
        return direction.mode().equals(EXCEPT) && !direction.fields().isEmpty() ? List.copyOf(direction.fields())
                : null;
    }

    /** The entity's fields, then any other name the lists hold (a system field such as createdBy). */
    static List<String> names(Entity entity, Rule.FieldAccess access) {
        Set<String> names = new LinkedHashSet<>();
        entity.fields().stream().map(Field::name).forEach(names::add);
        for (List<String> list : java.util.Arrays.asList(access.allow(), access.deny(), access.readAllow(),
                access.readDeny(), access.writeAllow(), access.writeDeny())) {
            if (list != null) {
                names.addAll(list);
            }
        }
        return new ArrayList<>(names);
    }
}
