package dev.plinth.security;

import dev.plinth.model.Action;
import dev.plinth.model.Entity;
import dev.plinth.query.Member;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of one set of roles, by entity and action: what does not depend on who exactly is calling, so it is
 * worked out once per role set and shared by every request with those roles.
 *
 * <p>Any rule that allows, allows. A caller may do an action on an entity when some rule of its roles names both;
 * may read a member when some read rule of the entity opens it; may write a field when some rule for that action
 * opens it. Field lists are united across rules and do not follow the rows each rule opens: when one rule opens
 * published posts without their {@code extra} field and another opens drafts with every field, {@code extra} is
 * readable, and reads in published posts too. Give such rules the same field lists to keep a field closed.
 */
final class Grants {

    private final Map<String, Map<Action, List<CompiledRule>>> byEntity = new HashMap<>();
    private final boolean readsTheClock;

    Grants(List<CompiledRule> rules, Set<String> roles) {
        boolean clock = false;
        for (CompiledRule rule : rules) {
            if (!roles.contains(rule.role())) {
                continue;
            }
            clock |= rule.where() != null && rule.where().readsTheClock()
                    || rule.check() != null && rule.check().readsTheClock();
            Map<Action, List<CompiledRule>> byAction = byEntity.computeIfAbsent(rule.entity().name(),
                    name -> new EnumMap<>(Action.class));
            for (Action action : Action.values()) {
                if (rule.allows(action)) {
                    byAction.computeIfAbsent(action, a -> new ArrayList<>()).add(rule);
                }
            }
        }
        this.readsTheClock = clock;
    }

    /** Whether a filter of these rules names {@code $now}, whose value is the time of each request. */
    boolean readsTheClock() {
        return readsTheClock;
    }

    /** The rules that allow {@code action} on the entity, in role and file order; empty when none does. */
    List<CompiledRule> rules(Entity entity, Action action) {
        Map<Action, List<CompiledRule>> byAction = byEntity.get(entity.name());
        return byAction == null ? List.of() : byAction.getOrDefault(action, List.of());
    }

    boolean may(Entity entity, Action action) {
        return !rules(entity, action).isEmpty();
    }

    boolean canRead(Entity entity, Member member) {
        return rules(entity, Action.READ).stream().anyMatch(rule -> rule.reads(member));
    }

    boolean canWrite(Entity entity, Action action, Member member) {
        return rules(entity, action).stream().anyMatch(rule -> rule.writes(member));
    }

    /** The presets of the entity's create rules; when two rules preset one field, the first rule's wins. */
    Map<Member, Preset> presets(Entity entity) {
        Map<Member, Preset> presets = new LinkedHashMap<>();
        for (CompiledRule rule : rules(entity, Action.CREATE)) {
            rule.presets().forEach(presets::putIfAbsent);
        }
        return presets;
    }
}
