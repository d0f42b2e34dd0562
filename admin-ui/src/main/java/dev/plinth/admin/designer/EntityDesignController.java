package dev.plinth.admin.designer;

import dev.plinth.admin.ModelEditor;
import dev.plinth.model.Entity;
import dev.plinth.model.Model;
import dev.plinth.model.SourceMap;
import dev.plinth.schema.AppliedModel;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One entity's page, its settings (a new name is a rename) and its deletion. */
@Controller
class EntityDesignController {

    private final ModelEditor editor;
    private final Proposals proposals;

    EntityDesignController(ModelEditor editor, Proposals proposals) {
        this.editor = editor;
        this.proposals = proposals;
    }

    @GetMapping("/admin/entities/{entity}")
    String show(@PathVariable String entity, org.springframework.ui.Model page) {
        Entity shown = EntityChanges.entity(editor.applied().model(), entity);
        return EntityPage.show(page, shown, EntityForm.of(shown), EntityPage.Errors.NONE);
    }

    @PostMapping("/admin/entities/{entity}/settings")
    String describe(@PathVariable String entity, @ModelAttribute EntityForm form, org.springframework.ui.Model page,
                    HttpSession session, HttpServletResponse response, RedirectAttributes redirect) {
        AppliedModel applied = editor.applied();
        Entity before = EntityChanges.entity(applied.model(), entity);
        String name = form.trimmedName();
        FormErrors errors = FormErrors.none();
        if (name == null) {
            errors.add("name", "an entity needs a name");
        } else {
            Model draft = EntityChanges.describe(applied.model(), entity, name, form.trimmedLabel(),
                    form.trimmedDescription());
            String description = name.equals(entity) ? "Change the label and description of entity " + entity
                    : "Rename entity " + entity + " to " + name;
            Proposals.Outcome outcome = proposals.propose(session, applied, draft, description,
                    Proposals.entityPath(name));
            if (outcome.unchanged()) {
                redirect.addFlashAttribute("flash", "Nothing changed.");
                return "redirect:" + Proposals.entityPath(entity);
            }
            if (outcome.accepted()) {
                return Proposals.REVIEW;
            }
            errors.place(outcome.problems(), SourceMap.entityFile(name), "", draft);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return EntityPage.show(page, before, form, EntityPage.Errors.settings(errors));
    }

    @PostMapping("/admin/entities/{entity}/delete")
    String delete(@PathVariable String entity, org.springframework.ui.Model page, HttpSession session,
                  HttpServletResponse response) {
        AppliedModel applied = editor.applied();
        Entity before = EntityChanges.entity(applied.model(), entity);
        Model draft = EntityChanges.remove(applied.model(), entity);
        Proposals.Outcome outcome = proposals.propose(session, applied, draft, "Delete entity " + entity,
                "/admin/entities");
        if (outcome.accepted()) {
            return Proposals.REVIEW;
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return EntityPage.show(page, before, EntityForm.of(before), EntityPage.Errors.actions(
                ProblemWords.all(outcome.problems(), draft)));
    }
}
