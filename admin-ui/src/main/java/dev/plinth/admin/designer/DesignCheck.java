package dev.plinth.admin.designer;

import dev.plinth.admin.ModelEditor;
import dev.plinth.model.BuiltInEntities;
import dev.plinth.model.Entity;
import dev.plinth.model.Model;
import dev.plinth.model.ModelJson;
import dev.plinth.model.Problem;
import dev.plinth.model.Role;
import dev.plinth.model.Rule;
import dev.plinth.model.SchemaCheck;
import dev.plinth.model.SourceMap;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.filter.FilterException;
import dev.plinth.query.filter.Filters;
import dev.plinth.schema.AppliedModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every problem a design change would bring, by the rules the engine applies when it reads the model folder: each
 * file against its JSON Schema, the model's semantic checks ({@link ModelEditor#problems}), and, once those pass,
 * the {@code where} and {@code check} filters of role rules against the changed entities. Problems the applied
 * model already has are not the change's doing and are left out.
 */
@Component
class DesignCheck {

    private final ModelEditor editor;
    /** The applied model's own problems, by the version they were found in. */
    private volatile Known known = new Known(null, Set.of());

    DesignCheck(ModelEditor editor) {
        this.editor = editor;
    }

    private record Known(String hash, Set<Problem> problems) {
    }

    List<Problem> problems(Model draft) {
        AppliedModel applied = editor.applied();
        Known before = known;
        if (!applied.hash().equals(before.hash())) {
            before = new Known(applied.hash(), new HashSet<>(all(applied.model())));
            known = before;
        }
        Set<Problem> existing = before.problems();
        return all(draft).stream().filter(p -> !existing.contains(p)).toList();
    }

    private List<Problem> all(Model model) {
        List<Problem> problems = new ArrayList<>();
        for (Entity entity : model.entities()) {
            problems.addAll(SchemaCheck.check(SchemaCheck.Kind.ENTITY, SourceMap.entityFile(entity.name()),
                    ModelJson.writeEntity(entity, null)));
        }
        for (Role role : model.roles()) {
            problems.addAll(SchemaCheck.check(SchemaCheck.Kind.ROLE, SourceMap.roleFile(role.name()),
                    ModelJson.writeRole(role, null)));
        }
        problems.addAll(editor.problems(model));
        if (problems.isEmpty()) {
            problems.addAll(ruleFilters(model));
        }
        return problems;
    }

    /** The rules whose filters no longer fit the model, such as one naming a removed field. */
    private static List<Problem> ruleFilters(Model model) {
        ModelIndex index = new ModelIndex(model);
        List<Problem> problems = new ArrayList<>();
        for (Role role : model.roles()) {
            for (int i = 0; i < role.rules().size(); i++) {
                Rule rule = role.rules().get(i);
                Entity entity = BuiltInEntities.target(model, rule.entity()).orElse(null);
                if (entity == null) {
                    continue;
                }
                String pointer = "/rules/" + i;
                checkFilter(problems, role, pointer + "/where", "row filter", rule.where(), index, entity);
                checkFilter(problems, role, pointer + "/check", "check", rule.check(), index, entity);
            }
        }
        return problems;
    }

    private static void checkFilter(List<Problem> problems, Role role, String pointer, String what, String filter,
                                    ModelIndex index, Entity entity) {
        if (filter == null || filter.isBlank()) {
            return;
        }
        try {
            Filters.check(filter, index, entity);
        } catch (FilterException e) {
            problems.add(new Problem(SourceMap.roleFile(role.name()), pointer, "the " + what + " '" + filter
                    + "' of its rule on " + entity.name() + " would no longer work: " + e.problems().get(0).message()
                    + "; change the rule first"));
        }
    }
}
