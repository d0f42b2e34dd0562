package dev.plinth.admin.designer;

import dev.plinth.admin.ModelEditor;
import dev.plinth.model.Model;
import dev.plinth.model.SourceMap;
import dev.plinth.schema.AppliedModel;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The list of entities, and the form that creates one. */
@Controller
class EntitiesController {

    private final ModelEditor editor;
    private final Proposals proposals;

    EntitiesController(ModelEditor editor, Proposals proposals) {
        this.editor = editor;
        this.proposals = proposals;
    }

    @GetMapping("/admin/entities")
    String list(org.springframework.ui.Model page) {
        page.addAttribute("section", "entities");
        page.addAttribute("entities", editor.applied().model().entities());
        page.addAttribute("modelFolder", editor.folder());
        return "admin/designer/entities";
    }

    @GetMapping("/admin/entities/new")
    String newEntity(org.springframework.ui.Model page) {
        return form(page, EntityForm.blank(), FormErrors.none());
    }

    @PostMapping("/admin/entities/new")
    String create(@ModelAttribute EntityForm form, org.springframework.ui.Model page, HttpSession session,
                  HttpServletResponse response) {
        String name = form.trimmedName();
        if (name == null) {
            FormErrors errors = FormErrors.none();
            errors.add("name", "give the entity a name, such as post");
            return rejected(page, form, errors, response);
        }
        AppliedModel applied = editor.applied();
        Model draft = EntityChanges.add(applied.model(), name, form.trimmedLabel(), form.trimmedDescription());
        Proposals.Outcome outcome = proposals.propose(session, applied, draft, "Create entity " + name,
                Proposals.entityPath(name));
        if (!outcome.accepted()) {
            return rejected(page, form, FormErrors.none().place(outcome.problems(), SourceMap.entityFile(name), "",
                    draft), response);
        }
        return Proposals.REVIEW;
    }

    private String rejected(org.springframework.ui.Model page, EntityForm form, FormErrors errors,
                            HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return form(page, form, errors);
    }

    private String form(org.springframework.ui.Model page, EntityForm form, FormErrors errors) {
        page.addAttribute("section", "entities");
        page.addAttribute("form", form);
        page.addAttribute("errors", errors);
        page.addAttribute("topErrors", errors.general(EntityForm.INPUTS));
        return "admin/designer/entity-new";
    }
}
