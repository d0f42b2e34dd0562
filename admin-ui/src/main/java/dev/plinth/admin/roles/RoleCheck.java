package dev.plinth.admin.roles;

import dev.plinth.admin.ModelEditor;
import dev.plinth.model.Model;
import dev.plinth.model.ModelJson;
import dev.plinth.model.Problem;
import dev.plinth.model.Role;
import dev.plinth.model.SchemaCheck;
import dev.plinth.model.SourceMap;
import dev.plinth.security.RoleRuleCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The problems a change of roles would bring, by the engine's own checks: each role file against its JSON Schema,
 * the model's semantic checks ({@link ModelEditor#problems}) and, once those pass, the rules' filters and presets
 * ({@link RoleRuleCheck}). Problems the applied model has already are not the change's doing and are left out.
 */
@Component
class RoleCheck {

    private final ModelEditor editor;

    RoleCheck(ModelEditor editor) {
        this.editor = editor;
    }

    List<Problem> problems(Model draft) {
        Set<Problem> existing = new HashSet<>(all(editor.applied().model()));
        return all(draft).stream().filter(p -> !existing.contains(p)).toList();
    }

    private List<Problem> all(Model model) {
        List<Problem> problems = new ArrayList<>();
        for (Role role : model.roles()) {
            problems.addAll(SchemaCheck.check(SchemaCheck.Kind.ROLE, SourceMap.roleFile(role.name()),
                    ModelJson.writeRole(role, null)));
        }
        problems.addAll(editor.problems(model));
        if (problems.isEmpty()) {
            problems.addAll(RoleRuleCheck.problems(model, SourceMap.conventional(model)));
        }
        return problems;
    }
}
