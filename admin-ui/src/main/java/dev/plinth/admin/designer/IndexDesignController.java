package dev.plinth.admin.designer;

import dev.plinth.admin.ModelEditor;
import dev.plinth.model.Entity;
import dev.plinth.model.Model;
import dev.plinth.model.SourceMap;
import dev.plinth.schema.AppliedModel;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Indexes and unique constraints of an entity: add one by picking its fields in order, remove one. */
@Controller
class IndexDesignController {

    /** How many fields the form offers to pick for one index. */
    static final int MAX_PICKED_FIELDS = 3;

    private final ModelEditor editor;
    private final Proposals proposals;

    IndexDesignController(ModelEditor editor, Proposals proposals) {
        this.editor = editor;
        this.proposals = proposals;
    }

    @PostMapping("/admin/entities/{entity}/indexes")
    String add(@PathVariable String entity, @RequestParam(defaultValue = "index") String kind,
               @RequestParam(name = "fields", required = false) List<String> picked,
               org.springframework.ui.Model page, HttpSession session, HttpServletResponse response) {
        AppliedModel applied = editor.applied();
        Entity before = EntityChanges.entity(applied.model(), entity);
        boolean unique = kind.equals("unique");
        List<String> fields = new ArrayList<>();
        if (picked != null) {
            picked.stream().filter(f -> f != null && !f.isBlank()).limit(MAX_PICKED_FIELDS).forEach(fields::add);
        }
        FormErrors errors = FormErrors.none();
        if (fields.isEmpty()) {
            errors.add("fields", "pick at least one field");
        } else {
            Model draft = EntityChanges.addIndex(applied.model(), entity, unique, fields);
            String description = "Add " + (unique ? "unique constraint" : "index") + " on " + entity + " ("
                    + String.join(", ", fields) + ")";
            Proposals.Outcome outcome = proposals.propose(session, applied, draft, description,
                    Proposals.entityPath(entity));
            if (outcome.accepted()) {
                return Proposals.REVIEW;
            }
            String pointer = "/" + (unique ? "uniques" : "indexes") + "/"
                    + ((unique ? before.uniques() : before.indexes()).size());
            errors.place(outcome.problems(), SourceMap.entityFile(entity), pointer, draft);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return EntityPage.show(page, before, EntityForm.of(before), EntityPage.Errors.index(errors));
    }

    @PostMapping("/admin/entities/{entity}/indexes/remove")
    String remove(@PathVariable String entity, @RequestParam String kind, @RequestParam int position,
                  org.springframework.ui.Model page, HttpSession session, HttpServletResponse response) {
        AppliedModel applied = editor.applied();
        boolean unique = kind.equals("unique");
        Entity before = EntityChanges.entity(applied.model(), entity);
        Model draft = EntityChanges.removeIndex(applied.model(), entity, unique, position);
        List<String> fields = (unique ? before.uniques() : before.indexes()).get(position).fields();
        String description = "Remove " + (unique ? "unique constraint" : "index") + " on " + entity + " ("
                + String.join(", ", fields) + ")";
        Proposals.Outcome outcome = proposals.propose(session, applied, draft, description,
                Proposals.entityPath(entity));
        if (outcome.accepted()) {
            return Proposals.REVIEW;
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return EntityPage.show(page, before, EntityForm.of(before), EntityPage.Errors.actions(
                ProblemWords.all(outcome.problems(), draft)));
    }
}
