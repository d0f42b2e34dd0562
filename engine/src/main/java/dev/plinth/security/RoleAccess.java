package dev.plinth.security;

import dev.plinth.model.Action;
import dev.plinth.model.Entity;
import dev.plinth.query.Access;
import dev.plinth.query.Member;
import dev.plinth.query.filter.CheckedFilter;
import dev.plinth.query.filter.Filters;
import dev.plinth.query.filter.Variables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.Map;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * One caller's access: the {@link Grants} of its roles, with its {@link Variables} filled into the rules' filters.
 * Every condition is "any rule that allows": the {@code or} of the applicable rules' filters, true as soon as one
 * of them has none, false when no rule applies. The rules' own filters are trusted: a relation they walk is not
 * narrowed by the caller's access to its entity, and they may name fields the caller may not read.
 */
final class RoleAccess implements Access {

    private final Grants grants;
    private final Variables variables;

    RoleAccess(Grants grants, Variables variables) {
        this.grants = grants;
        this.variables = variables;
    }

    @Override
    public Condition rows(Entity entity, Table<?> alias) {
        return any(grants.rules(entity, Action.READ), CompiledRule::where, alias);
    }

    @Override
    public Condition rows(Entity entity, Action action, Table<?> alias) {
        if (action == Action.CREATE) {
            return grants.may(entity, action) ? DSL.noCondition() : DSL.falseCondition();
        }
        return any(grants.rules(entity, action), CompiledRule::where, alias);
    }

    @Override
    public Condition check(Entity entity, Action action, Table<?> alias) {
        return any(grants.rules(entity, action), CompiledRule::check, alias);
    }

    @Override
    public boolean canRead(Entity entity, Member member) {
        return grants.canRead(entity, member);
    }

    @Override
    public boolean canWrite(Entity entity, Action action, Member member) {
        return grants.canWrite(entity, action, member);
    }

    @Override
    public boolean may(Entity entity, Action action) {
        return grants.may(entity, action);
    }

    @Override
    public Map<Member, Object> presets(Entity entity) {
        Map<Member, Object> values = new LinkedHashMap<>();
        grants.presets(entity).forEach((member, preset) -> values.put(member, preset.value(variables)));
        return values;
    }

    @Override
    public Variables variables() {
        return variables;
    }

    /**
     * The role set's grants and the caller's own variables: the rules' filters bind {@code $user.*}. None when a rule
     * reads {@code $now}, whose value changes with every request.
     */
    @Override
    public Object statementKey() {
        if (grants.readsTheClock()) {
            return null;
        }
        return new StatementKey(grants, variables.userId(), variables.email(), variables.roles());
    }

    private record StatementKey(Grants grants, UUID userId, String email, Set<String> roles) {
    }

    /**
     * The {@code or} of the rules' filters on {@code alias}. {@link DSL#noCondition()} (no restriction) is returned
     * as itself, never inside an {@code or}, where jOOQ would drop it and so narrow the result.
     */
    private Condition any(List<CompiledRule> rules, Function<CompiledRule, CheckedFilter> filterOf, Table<?> alias) {
        if (rules.isEmpty()) {
            return DSL.falseCondition();
        }
        List<Condition> conditions = new ArrayList<>();
        for (CompiledRule rule : rules) {
            CheckedFilter filter = filterOf.apply(rule);
            if (filter == null) {
                return DSL.noCondition();
            }
            Condition condition = Filters.compile(filter, alias, variables);
            if (condition == DSL.noCondition()) {
                return DSL.noCondition();
            }
            conditions.add(condition);
        }
        return conditions.size() == 1 ? conditions.get(0) : DSL.or(conditions);
    }
}
