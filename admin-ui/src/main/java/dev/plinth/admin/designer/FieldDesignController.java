package dev.plinth.admin.designer;

import dev.plinth.admin.ModelEditor;
import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.Model;
import dev.plinth.model.SourceMap;
import dev.plinth.model.type.FieldTypes;
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

/** The field form: add a field, or edit one (a new name is a rename; the field keeps its id and its data). */
@Controller
class FieldDesignController {

    static final String VIEW = "admin/designer/field";

    private final ModelEditor editor;
    private final Proposals proposals;

    FieldDesignController(ModelEditor editor, Proposals proposals) {
        this.editor = editor;
        this.proposals = proposals;
    }

    @GetMapping("/admin/entities/{entity}/fields/new")
    String newField(@PathVariable String entity, org.springframework.ui.Model page) {
        Model model = editor.applied().model();
        return form(page, model, EntityChanges.entity(model, entity), null, FieldForm.blank(), FormErrors.none());
    }

    @GetMapping("/admin/entities/{entity}/fields/{field}")
    String edit(@PathVariable String entity, @PathVariable String field, org.springframework.ui.Model page) {
        Model model = editor.applied().model();
        Entity owner = EntityChanges.entity(model, entity);
        return form(page, model, owner, field, FieldForm.of(FieldChanges.field(owner, field)), FormErrors.none());
    }

    @PostMapping("/admin/entities/{entity}/fields/new")
    String add(@PathVariable String entity, @ModelAttribute FieldForm form, org.springframework.ui.Model page,
               HttpSession session, HttpServletResponse response, RedirectAttributes redirect) {
        return save(entity, null, form, page, session, response, redirect);
    }

    @PostMapping("/admin/entities/{entity}/fields/{field}")
    String change(@PathVariable String entity, @PathVariable String field, @ModelAttribute FieldForm form,
                  org.springframework.ui.Model page, HttpSession session, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return save(entity, field, form, page, session, response, redirect);
    }

    /** Adds the field ({@code fieldName} null) or changes it; shows the form again with what is wrong. */
    private String save(String entity, String fieldName, FieldForm form, org.springframework.ui.Model page,
                        HttpSession session, HttpServletResponse response, RedirectAttributes redirect) {
        AppliedModel applied = editor.applied();
        Entity owner = EntityChanges.entity(applied.model(), entity);
        Field before = fieldName == null ? null : FieldChanges.field(owner, fieldName);
        FieldReader.Read read = FieldReader.read(form);
        FormErrors errors = read.errors();
        if (read.field() != null) {
            Field field = read.field();
            Model draft = before == null ? FieldChanges.add(applied.model(), entity, field)
                    : FieldChanges.edit(applied.model(), entity, fieldName, field);
            Proposals.Outcome outcome = proposals.propose(session, applied, draft, describe(entity, before, field),
                    Proposals.entityPath(entity));
            if (outcome.unchanged()) {
                redirect.addFlashAttribute("flash", "Nothing changed.");
                return "redirect:" + Proposals.entityPath(entity);
            }
            if (outcome.accepted()) {
                return Proposals.REVIEW;
            }
            int index = before == null ? owner.fields().size() : owner.fields().indexOf(before);
            errors.place(outcome.problems(), SourceMap.entityFile(entity), "/fields/" + index, draft);
        }
        FieldTypes.byName(form.type()).ifPresent(type -> errors.moveTo("default", DefaultInput.of(type).input()));
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return form(page, applied.model(), owner, fieldName, form, errors);
    }

    private static String describe(String entity, Field before, Field after) {
        if (before == null) {
            return "Add field " + after.name() + " (" + after.type().name() + ") to " + entity;
        }
        if (!before.name().equals(after.name())) {
            boolean more = !before.withName(after.name()).equals(after.withId(before.id()));
            return "Rename field " + before.name() + " of " + entity + " to " + after.name()
                    + (more ? " and change its options" : "");
        }
        return "Change field " + before.name() + " of " + entity;
    }

    private String form(org.springframework.ui.Model page, Model model, Entity entity, String fieldName,
                        FieldForm form, FormErrors errors) {
        page.addAttribute("section", "entities");
        page.addAttribute("entity", entity);
        page.addAttribute("fieldName", fieldName);
        page.addAttribute("form", form);
        page.addAttribute("errors", errors);
        page.addAttribute("topErrors", errors.general(FieldForm.INPUTS));
        page.addAttribute("choices", FieldChoices.of(model));
        return VIEW;
    }
}
