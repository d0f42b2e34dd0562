package dev.plinth.admin.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Entity;
import dev.plinth.query.QueryException;
import dev.plinth.query.QueryException.FieldError;
import dev.plinth.query.read.RowResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Create, edit and delete one row through forms generated from the entity's fields. A refused write shows the form
 * again with the person's input and each error next to its field; an edit of a row that changed meanwhile is
 * explained, not applied.
 */
@Controller
@RequestMapping("/admin/data/{entity}")
class RowController {

    static final String STALE = "This row changed since you opened it, so your changes were not saved.";

    private final RowPages pages;
    private final FormFields forms;
    private final RowWrites writes;

    RowController(RowPages pages, FormFields forms, RowWrites writes) {
        this.pages = pages;
        this.forms = forms;
        this.writes = writes;
    }

    @GetMapping("/new")
    String newRow(@PathVariable String entity, Model model) {
        Entity target = pages.snapshot().entity(entity);
        return form(model, target, null, RowForm.defaults(target), Map.of());
    }

    @PostMapping("/new")
    String create(@PathVariable String entity, @RequestParam MultiValueMap<String, String> form, Model model,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Entity target = pages.snapshot().entity(entity);
        Map<String, List<String>> values = RowForm.sent(target, form);
        List<FieldError> unreadable = new ArrayList<>();
        ObjectNode body = RowForm.body(target, values, true, unreadable);
        try {
            UUID id = writes.create(target, body, unreadable, request);
            redirect.addFlashAttribute("flash", target.displayName() + " created.");
            return "redirect:/admin/data/" + target.name() + "/" + id;
        } catch (QueryException e) {
            return refused(e, model, response, target, null, values);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable String entity, @PathVariable String id, Model model) {
        Entity target = pages.snapshot().entity(entity);
        RowResult row = stored(target, id);
        return form(model, target, row, RowForm.of(target, RowPages.parse(row.json())), Map.of());
    }

    @PostMapping("/{id}")
    String update(@PathVariable String entity, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                  Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Entity target = pages.snapshot().entity(entity);
        RowResult row = stored(target, id);
        Map<String, List<String>> values = RowForm.sent(target, form);
        List<FieldError> unreadable = new ArrayList<>();
        ObjectNode body = RowForm.body(target, values, false, unreadable);
        int version = version(form);
        try {
            writes.update(target, UUID.fromString(id), version, body, unreadable, request);
            redirect.addFlashAttribute("flash", "Changes saved.");
            return "redirect:/admin/data/" + target.name() + "/" + id;
        } catch (QueryException e) {
            model.addAttribute("version", version);
            return refused(e, model, response, target, row, values);
        }
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable String entity, @PathVariable String id, Model model) {
        Entity target = pages.snapshot().entity(entity);
        RowResult row = stored(target, id);
        return deletePage(model, target, id, row, row.version());
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String entity, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Entity target = pages.snapshot().entity(entity);
        RowResult row = stored(target, id);
        int version = version(form);
        try {
            writes.delete(target, UUID.fromString(id), version);
            redirect.addFlashAttribute("flash", target.displayName() + " deleted.");
            return "redirect:/admin/data/" + target.name();
        } catch (QueryException e) {
            boolean stale = e.kind() == QueryException.Kind.STALE;
            response.setStatus(stale || e.kind() == QueryException.Kind.CONFLICT ? HttpStatus.CONFLICT.value()
                    : HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("problem", stale ? "This row changed since you opened it, so it was not deleted."
                    + " Look at it again before you delete it." : Problems.sentence(e.getMessage()));
            model.addAttribute("stale", stale);
            return deletePage(model, target, id, row, version);
        }
    }

    private String deletePage(Model model, Entity target, String id, RowResult row, int version) {
        model.addAttribute("section", "data");
        model.addAttribute("entity", target);
        model.addAttribute("rowId", id);
        model.addAttribute("rowLabel", Labels.of(target, RowPages.parse(row.json())));
        model.addAttribute("version", version);
        return "admin/data/delete";
    }

    /** The form again, with the person's input and the engine's reasons, by field where it names one. */
    private String refused(QueryException e, Model model, HttpServletResponse response, Entity target, RowResult row,
                           Map<String, List<String>> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (FieldError error : e.errors()) {
            if (target.field(error.field()).isPresent()) {
                errors.putIfAbsent(error.field(), Problems.sentence(error.message()));
            } else {
                general.add(Problems.sentence(error.message()));
            }
        }
        boolean stale = e.kind() == QueryException.Kind.STALE;
        String problem = stale ? STALE : !errors.isEmpty() && general.isEmpty()
                ? "Nothing was saved: " + (errors.size() == 1 ? "one value needs" : errors.size() + " values need")
                + " correcting." : Problems.sentence(e.getMessage());
        response.setStatus(stale || e.kind() == QueryException.Kind.CONFLICT ? HttpStatus.CONFLICT.value()
                : e.kind() == QueryException.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND.value()
                : HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("problem", problem);
        model.addAttribute("problemDetails", general.size() > 1 ? general : List.of());
        model.addAttribute("stale", stale);
        return form(model, target, row, values, errors);
    }

    private String form(Model model, Entity target, RowResult row, Map<String, List<String>> values,
                        Map<String, String> errors) {
        model.addAttribute("section", "data");
        model.addAttribute("entity", target);
        model.addAttribute("fields", forms.of(target, values, errors));
        if (row != null) {
            JsonNode json = RowPages.parse(row.json());
            model.addAttribute("row", json);
            model.addAttribute("rowId", json.path("id").asText());
            model.addAttribute("rowLabel", Labels.of(target, json));
            model.addAttribute("createdAt", Cells.moment(json.path("createdAt")));
            model.addAttribute("updatedAt", Cells.moment(json.path("updatedAt")));
            if (!model.containsAttribute("version")) {
                model.addAttribute("version", row.version());
            }
        }
        return "admin/data/form";
    }

    /** The stored row, or a NOT_FOUND refusal that the problem page explains. */
    private RowResult stored(Entity target, String id) {
        return pages.row(target, id).orElseThrow(() -> new QueryException(QueryException.Kind.NOT_FOUND,
                "row.not-found", "there is no " + target.displayName() + " with id " + Labels.shorten(id, 40)
                + "; it may have been deleted"));
    }

    private static int version(MultiValueMap<String, String> form) {
        String text = form.getFirst(RowForm.VERSION);
        if (text == null || !text.strip().matches("\\d{1,9}")) {
            throw new QueryException(QueryException.Kind.INVALID, "admin.version", "the form does not say which"
                    + " version of the row it changes; open the row again and redo your change");
        }
        return Integer.parseInt(text.strip());
    }
}
