package dev.plinth.security;

import dev.plinth.model.Action;
import dev.plinth.model.Entity;
import dev.plinth.model.Role;
import dev.plinth.query.Member;
import dev.plinth.query.ModelIndex;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Writes the {@link Explanation} of one role, entity and action from the grants of the role. */
final class Explainer {

    private Explainer() {
    }

    /** The roles a caller holding {@code role} has: a role of the model comes with {@code authenticated}. */
    static Set<String> rolesOf(String role) {
        return Role.BUILT_IN.contains(role) ? Set.of(role) : Set.of(role, Role.AUTHENTICATED);
    }

    static Explanation explain(ModelIndex index, Grants grants, String role, Entity entity, Action action) {
        if (role.equals(Role.ADMIN)) {
            List<String> fields = action == Action.DELETE ? List.of()
                    : index.members(entity).stream().map(Member::name).toList();
            return new Explanation(role, entity.name(), action, true, List.of(), Explanation.EVERY_ROW,
                    writes(action) ? Explanation.NO_CHECK : null, fields);
        }
        List<CompiledRule> rules = grants.rules(entity, action);
        if (rules.isEmpty()) {
            return new Explanation(role, entity.name(), action, false, List.of(), Explanation.DENIED, null, List.of());
        }
        List<Explanation.AppliedRule> applied = rules.stream().map(rule -> new Explanation.AppliedRule(rule.role(),
                rule.index(), rule.rule().where(), rule.rule().check(), rule.rule().fields(), rule.rule().preset()))
                .toList();
        String rows = action == Action.CREATE ? Explanation.EVERY_ROW
                : any(rules, rule -> rule.rule().where(), Explanation.EVERY_ROW);
        String check = writes(action) ? any(rules, rule -> rule.rule().check(), Explanation.NO_CHECK) : null;
        List<String> fields = switch (action) {
            case READ -> index.members(entity).stream().filter(m -> grants.canRead(entity, m)).map(Member::name).toList();
            case CREATE, UPDATE -> entity.fields().stream().map(f -> index.member(entity, f.name()).orElseThrow())
                    .filter(m -> grants.canWrite(entity, action, m)).map(Member::name).toList();
            case DELETE -> List.of();
        };
        return new Explanation(role, entity.name(), action, true, applied, rows, check, fields);
    }

    private static boolean writes(Action action) {
        return action == Action.CREATE || action == Action.UPDATE;
    }

    /** {@code (a) or (b)}, or {@code unrestricted} as soon as one rule has no filter. */
    private static String any(List<CompiledRule> rules, Function<CompiledRule, String> filter, String unrestricted) {
        if (rules.stream().anyMatch(rule -> filter.apply(rule) == null)) {
            return unrestricted;
        }
        List<String> filters = rules.stream().map(filter).distinct().toList();
        return filters.size() == 1 ? filters.get(0)
                : String.join(" or ", filters.stream().map(f -> "(" + f + ")").toList());
    }
}
