package dev.plinth.admin.designer;

import dev.plinth.admin.ModelEditor;
import dev.plinth.model.Entity;
import dev.plinth.model.Model;
import dev.plinth.schema.AppliedModel;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buttons of the field table: move a field up or down, remove it. */
@Controller
class FieldActionsController {

    private final ModelEditor editor;
    private final Proposals proposals;

    FieldActionsController(ModelEditor editor, Proposals proposals) {
        this.editor = editor;
        this.proposals = proposals;
    }

    @PostMapping("/admin/entities/{entity}/fields/{field}/move")
    String move(@PathVariable String entity, @PathVariable String field, @RequestParam String direction,
                org.springframework.ui.Model page, HttpSession session, HttpServletResponse response,
                RedirectAttributes redirect) {
        AppliedModel applied = editor.applied();
        boolean up = direction.equals("up");
        Model draft = FieldChanges.move(applied.model(), entity, field, up ? -1 : 1);
        return propose(page, session, response, redirect, applied, entity, draft,
                "Move field " + field + " of " + entity + (up ? " up" : " down"));
    }

    @PostMapping("/admin/entities/{entity}/fields/{field}/remove")
    String remove(@PathVariable String entity, @PathVariable String field, org.springframework.ui.Model page,
                  HttpSession session, HttpServletResponse response, RedirectAttributes redirect) {
        AppliedModel applied = editor.applied();
        Model draft = FieldChanges.remove(applied.model(), entity, field);
        return propose(page, session, response, redirect, applied, entity, draft,
                "Remove field " + field + " from " + entity);
    }

    private String propose(org.springframework.ui.Model page, HttpSession session, HttpServletResponse response,
                           RedirectAttributes redirect, AppliedModel applied, String entity, Model draft,
                           String description) {
        Proposals.Outcome outcome = proposals.propose(session, applied, draft, description,
                Proposals.entityPath(entity));
        if (outcome.unchanged()) {
            redirect.addFlashAttribute("flash", "Nothing changed.");
            return "redirect:" + Proposals.entityPath(entity);
        }
        if (outcome.accepted()) {
            return Proposals.REVIEW;
        }
        Entity before = EntityChanges.entity(applied.model(), entity);
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return EntityPage.show(page, before, EntityForm.of(before), EntityPage.Errors.actions(
                ProblemWords.all(outcome.problems(), draft)));
    }
}
