package dev.plinth.security;

import dev.plinth.model.Action;
import dev.plinth.model.Entity;
import dev.plinth.model.Rule;
import dev.plinth.query.Member;
import dev.plinth.query.filter.CheckedFilter;
import java.util.Map;
import java.util.Set;

/**
 * One rule of one role, checked against the model once: its filters ready to compile for any caller, its field
 * lists as sets, its presets read through the field types.
 *
 * @param role    the role's name
 * @param index   the rule's place in the role's file, from 0
 * @param rule    the rule as written
 * @param entity  the entity it applies to
 * @param where   the rows it opens to read, update or delete, or {@code null} for every row
 * @param check   what a row it creates or updates must meet afterwards, or {@code null} for anything
 * @param reads   the members it lets a caller read
 * @param writes  the fields it lets a caller write
 * @param presets the values it sets on create
 */
record CompiledRule(String role, int index, Rule rule, Entity entity, CheckedFilter where, CheckedFilter check,
                    FieldRules reads, FieldRules writes, Map<Member, Preset> presets) {

    /** Readable in every row the caller may see, whatever the field lists say: rows are addressed by them. */
    static final Set<String> ALWAYS_READABLE = Set.of("id", "version");

    CompiledRule {
        presets = Map.copyOf(presets);
    }

    boolean allows(Action action) {
        return rule.actions().contains(action);
    }

    boolean reads(Member member) {
        return ALWAYS_READABLE.contains(member.name()) || reads.permits(member.name());
    }

    /**
     * Whether the rule lets a caller write the member. Only the entity's own fields are subject to the field lists;
     * system fields and inverse relations are left to the row validator, which refuses them for everyone.
     */
    boolean writes(Member member) {
        return entity.field(member.name()).isEmpty() || writes.permits(member.name());
    }
}
