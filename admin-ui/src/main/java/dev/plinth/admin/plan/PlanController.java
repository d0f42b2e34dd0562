package dev.plinth.admin.plan;

import dev.plinth.admin.Draft;
import dev.plinth.admin.Drafts;
import dev.plinth.admin.ModelEditor;
import dev.plinth.schema.ApplyResult;
import dev.plinth.schema.MigrationException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan page: review the pending design change, then apply or discard it. */
@Controller
class PlanController {

    static final String VIEW = "admin/plan/plan";
    /** Who applied a change, when nobody is signed in (security switched off). */
    static final String ANONYMOUS = "admin UI";

    private final ModelEditor editor;
    private final Plans plans;

    PlanController(ModelEditor editor, Plans plans) {
        this.editor = editor;
        this.plans = plans;
    }

    @GetMapping("/admin/plan")
    String show(HttpSession session, Model page) {
        Optional<Draft> draft = Drafts.current(session);
        return render(page, draft.map(plans::view).orElse(null), List.of());
    }

    @PostMapping("/admin/plan/apply")
    String apply(@RequestParam(defaultValue = "false") boolean confirmDestructive,
                 @RequestParam(defaultValue = "") String reviewed, HttpSession session, Principal principal,
                 Model page, HttpServletResponse response, RedirectAttributes redirect) {
        Draft draft = Drafts.current(session).orElse(null);
        if (draft == null) {
            redirect.addFlashAttribute("flashError", "There is no design change to apply; it was applied or"
                    + " discarded already.");
            return "redirect:/admin/plan";
        }
        PlanView view = plans.view(draft);
        List<String> refusal = refusal(view, confirmDestructive, reviewed);
        if (!refusal.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return render(page, view, refusal);
        }
        ModelEditor.Applied applied;
        try {
            applied = editor.apply(draft.model(), view.destructive(), principal == null ? ANONYMOUS : principal.getName());
        } catch (MigrationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return render(page, plans.view(draft), concat(e.getMessage(), e.reasons()));
        }
        Drafts.clear(session);
        ApplyResult result = applied.result();
        if (applied.folderProblem() != null) {
            redirect.addFlashAttribute("flashError", "Applied as version " + result.version() + ", but the model files in "
                    + editor.folder() + " could not be written (" + applied.folderProblem() + "); export the model from"
                    + " History and commit it by hand.");
        }
        redirect.addFlashAttribute("flash", result.applied()
                ? "Applied: " + draft.description() + ". The model is now at version " + result.version()
                        + (editor.folder() == null ? "." : ", and its files in " + editor.folder() + " are updated.")
                : "Nothing to apply: the database already holds this model.");
        return "redirect:" + plans.returnTo(draft);
    }

    @PostMapping("/admin/plan/discard")
    String discard(HttpSession session, RedirectAttributes redirect) {
        Optional<Draft> draft = Drafts.current(session);
        Drafts.clear(session);
        if (draft.isEmpty()) {
            return "redirect:/admin/entities";
        }
        redirect.addFlashAttribute("flash", "Discarded: " + draft.get().description() + ". Nothing was changed.");
        return "redirect:" + plans.returnTo(draft.get());
    }

    /** Why the draft may not be applied as sent, in words; empty when it may. */
    private static List<String> refusal(PlanView view, boolean confirmed, String reviewed) {
        if (view.stale()) {
            return List.of("The model changed since you made this change, so it was not applied. Discard it and"
                    + " make it again.");
        }
        if (!view.canApply()) {
            return List.of("This change cannot be applied as it stands; see below.");
        }
        if (view.destructive() && !confirmed) {
            return List.of("Nothing was applied: tick the box to confirm that this data may be deleted.");
        }
        if (view.destructive() && !view.reviewed().equals(reviewed)) {
            return List.of("Nothing was applied: what this change deletes has changed since you looked. Review it"
                    + " again below.");
        }
        return List.of();
    }

    private static List<String> concat(String first, List<String> more) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), more.stream()).toList();
    }

    private String render(Model page, PlanView view, List<String> errors) {
        page.addAttribute("section", "entities");
        page.addAttribute("view", view);
        page.addAttribute("errors", errors);
        return VIEW;
    }
}
