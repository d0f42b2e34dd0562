package dev.plinth.admin.roles;

import dev.plinth.admin.Draft;
import dev.plinth.admin.Drafts;
import dev.plinth.admin.ModelEditor;
import dev.plinth.model.Model;
import dev.plinth.model.Problem;
import dev.plinth.model.Role;
import dev.plinth.schema.AppliedModel;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The permission matrix, and the form that adds a role. */
@Controller
class RolesController {

    private final ModelEditor editor;
    private final RoleCheck check;

    RolesController(ModelEditor editor, RoleCheck check) {
        this.editor = editor;
        this.check = check;
    }

    @GetMapping("/admin/roles")
    String matrix(org.springframework.ui.Model page) {
        return render(page, "", "", RuleErrors.none());
    }

    @PostMapping("/admin/roles/new")
    String add(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String label,
               org.springframework.ui.Model page, HttpSession session, HttpServletResponse response) {
        AppliedModel applied = editor.applied();
        String trimmed = name.strip();
        RuleErrors errors = RuleErrors.none();
        if (trimmed.isEmpty()) {
            errors.add("name", "give the role a name, such as moderator");
        } else if (Role.BUILT_IN.contains(trimmed) || applied.model().role(trimmed).isPresent()) {
            errors.add("name", "there is a role named " + trimmed + " already");
        } else {
            Model draft = RoleEdits.addRole(applied.model(), trimmed, label.isBlank() ? null : label.strip());
            List<Problem> problems = check.problems(draft);
            if (problems.isEmpty()) {
                Drafts.put(session, new Draft(applied.version(), draft, "Add role " + trimmed, "/admin/roles"));
                return "redirect:/admin/plan";
            }
            problems.forEach(p -> errors.add(p.pointer().equals("/label") ? "label" : "name", p.message()));
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return render(page, name, label, errors);
    }

    /**
     * Drafts the model without the role, to review on the plan page. Users and API keys given it keep the name, which
     * then grants nothing (and grants again if a role of that name comes back).
     */
    @PostMapping("/admin/roles/{role}/remove")
    String remove(@PathVariable String role, org.springframework.ui.Model page, HttpSession session,
                  HttpServletResponse response) {
        AppliedModel applied = editor.applied();
        Model draft = RoleEdits.removeRole(applied.model(), role);
        List<Problem> problems = check.problems(draft);
        if (problems.isEmpty()) {
            Drafts.put(session, new Draft(applied.version(), draft, "Remove role " + role, "/admin/roles"));
            return "redirect:/admin/plan";
        }
        RuleErrors errors = RuleErrors.none();
        problems.forEach(p -> errors.addGeneral("The " + role + " role cannot be removed: " + p.message()));
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return render(page, "", "", errors);
    }

    private String render(org.springframework.ui.Model page, String name, String label, RuleErrors errors) {
        Model model = editor.applied().model();
        page.addAttribute("section", "roles");
        page.addAttribute("matrix", Matrix.of(model));
        page.addAttribute("removable", model.roles().stream().filter(r -> !Role.BUILT_IN.contains(r.name())).toList());
        page.addAttribute("newName", name);
        page.addAttribute("newLabel", label);
        page.addAttribute("errors", errors);
        return "admin/roles/matrix";
    }
}
