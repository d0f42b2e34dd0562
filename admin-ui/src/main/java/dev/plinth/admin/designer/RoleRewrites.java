package dev.plinth.admin.designer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.model.Model;
import dev.plinth.model.Role;
import dev.plinth.model.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Keeps role rules in step with a design change: a renamed entity or field is renamed in the rules that name it, a
 * removed one leaves them. Filter expressions ({@code where}, {@code check}) are text and are not rewritten; {@link
 * DesignCheck} reports the ones a change breaks.
 */
final class RoleRewrites {

    private RoleRewrites() {
    }

    static Model renameEntity(Model model, String from, String to) {
        return eachRule(model, rule -> from.equals(rule.entity())
                ? new Rule(to, rule.actions(), rule.where(), rule.check(), rule.fields(), rule.preset()) : rule);
    }

    /** Removes the rules about the entity; a role left without rules stays, with none. */
    static Model removeEntity(Model model, String entity) {
        return model.withRoles(model.roles().stream()
                .map(role -> new Role(role.name(), role.label(), role.description(),
                        role.rules().stream().filter(rule -> !entity.equals(rule.entity())).toList()))
                .toList());
    }

    static Model renameField(Model model, String entity, String from, String to) {
        return eachFieldName(model, entity, name -> name.equals(from) ? to : name);
    }

    static Model removeField(Model model, String entity, String field) {
        return eachFieldName(model, entity, name -> name.equals(field) ? null : name);
    }

    /** Applies {@code rename} to every field name the entity's rules list; a {@code null} result removes the name. */
    private static Model eachFieldName(Model model, String entity, UnaryOperator<String> rename) {
        return eachRule(model, rule -> {
            if (!entity.equals(rule.entity())) {
                return rule;
            }
            Rule.FieldAccess f = rule.fields();
            Rule.FieldAccess fields = new Rule.FieldAccess(names(f.allow(), rename, false),
                    names(f.deny(), rename, true), names(f.readAllow(), rename, false),
                    names(f.readDeny(), rename, true), names(f.writeAllow(), rename, false),
                    names(f.writeDeny(), rename, true));
            Map<String, JsonNode> preset = new LinkedHashMap<>();
            rule.preset().forEach((name, value) -> {
                String renamed = rename.apply(name);
                if (renamed != null) {
                    preset.put(renamed, value);
                }
            });
            return new Rule(rule.entity(), rule.actions(), rule.where(), rule.check(), fields, preset);
        });
    }

    /**
     * A renamed list. A deny list left empty is dropped (it denied nothing more); an empty allow list stays, since
     * it still allows nothing.
     */
    private static List<String> names(List<String> names, UnaryOperator<String> rename, boolean deny) {
        if (names == null) {
            return null;
        }
        List<String> renamed = names.stream().map(rename).filter(Objects::nonNull).toList();
        return deny && renamed.isEmpty() ? null : renamed;
    }

    private static Model eachRule(Model model, UnaryOperator<Rule> change) {
        return model.withRoles(model.roles().stream()
                .map(role -> new Role(role.name(), role.label(), role.description(),
                        role.rules().stream().map(change).toList()))
                .toList());
    }
}
