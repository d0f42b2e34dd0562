package dev.plinth.admin.designer;

import dev.plinth.admin.ModelEditor;
import dev.plinth.model.Entity;
import dev.plinth.model.Model;
import dev.plinth.model.ModelJson;
import dev.plinth.model.Problem;
import dev.plinth.model.Role;
import dev.plinth.model.SchemaCheck;
import dev.plinth.model.SourceMap;
import dev.plinth.schema.AppliedModel;
import dev.plinth.security.RoleRuleCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every problem a design change would bring, by the rules the engine applies when it reads the model folder (so the
 * files written back always load): each file against its JSON Schema, the model's semantic checks ({@link
 * ModelEditor#problems}), and, once those pass, the role rules' filters and presets ({@link RoleRuleCheck}), which a
 * renamed or removed field can break. Problems the applied model already has are not the change's doing and are
 * left out.
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
            problems.addAll(RoleRuleCheck.problems(model, SourceMap.conventional(model)));
        }
        return problems;
    }
}
