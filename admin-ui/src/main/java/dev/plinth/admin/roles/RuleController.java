package dev.plinth.admin.roles;

import dev.plinth.admin.Draft;
import dev.plinth.admin.Drafts;
import dev.plinth.admin.ModelEditor;
import dev.plinth.model.Entity;
import dev.plinth.model.Model;
import dev.plinth.model.Problem;
import dev.plinth.model.Role;
import dev.plinth.model.Rule;
import dev.plinth.schema.AppliedModel;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of one role on one entity: its rules there, each a form, a form to add one, and what they add up to.
 * Saving drafts the change and sends the person to the plan; a rule with problems is shown again with them.
 */
@Controller
class RuleController {

    private static final String REVIEW = "redirect:/admin/plan";

    private final ModelEditor editor;
    private final RoleCheck check;

    RuleController(ModelEditor editor, RoleCheck check) {
        this.editor = editor;
        this.check = check;
    }

    @GetMapping("/admin/roles/{role}/{entity}")
    String show(@PathVariable String role, @PathVariable String entity, org.springframework.ui.Model page,
                HttpSession session) {
        return render(page, session, role, entity, null);
    }

    @PostMapping("/admin/roles/{role}/{entity}/rules/new")
    String add(@PathVariable String role, @PathVariable String entity,
               @RequestParam MultiValueMap<String, String> params, org.springframework.ui.Model page,
               HttpSession session, HttpServletResponse response, RedirectAttributes redirect) {
        int index = RoleEdits.role(editor.applied().model(), refuseAdmin(role)).rules().size();
        return save(role, entity, index, true, params, page, session, response, redirect);
    }

    @PostMapping("/admin/roles/{role}/{entity}/rules/{index}")
    String change(@PathVariable String role, @PathVariable String entity, @PathVariable int index,
                  @RequestParam MultiValueMap<String, String> params, org.springframework.ui.Model page,
                  HttpSession session, HttpServletResponse response, RedirectAttributes redirect) {
        rule(editor.applied().model(), role, entity, index);
        return save(role, entity, index, false, params, page, session, response, redirect);
    }

    @PostMapping("/admin/roles/{role}/{entity}/rules/{index}/remove")
    String remove(@PathVariable String role, @PathVariable String entity, @PathVariable int index,
                  org.springframework.ui.Model page, HttpSession session, HttpServletResponse response) {
        AppliedModel applied = editor.applied();
        rule(applied.model(), role, entity, index);
        Model draft = RoleEdits.removeRule(applied.model(), role, index);
        List<Problem> problems = check.problems(draft);
        if (problems.isEmpty()) {
            Drafts.put(session, new Draft(applied.version(), draft, "Remove a rule of role " + role + " on "
                    + entity, path(role, entity)));
            return REVIEW;
        }
        RuleErrors errors = RuleErrors.none();
        CellPage.place(problems, role, index, errors);
        Entity shown = entity(applied.model(), entity);
        Rule rule = rule(applied.model(), role, entity, index);
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return render(page, session, role, entity, new RuleSlot(index, 0, RuleForm.of(rule, shown),
                FieldAccessForm.names(shown, rule.fields()), errors));
    }

    private String save(String role, String entity, int index, boolean adding, MultiValueMap<String, String> params,
                        org.springframework.ui.Model page, HttpSession session, HttpServletResponse response,
                        RedirectAttributes redirect) {
        AppliedModel applied = editor.applied();
        Entity shown = entity(applied.model(), entity);
        Rule original = adding ? new Rule(entity, java.util.Set.of(), null, null, null, null)
                : applied.model().role(role).orElseThrow().rules().get(index);
        RuleForm form = RuleForm.read(params);
        RuleErrors errors = RuleErrors.none();
        Rule rule = RuleReader.read(form, shown, original, errors);
        if (rule != null) {
            Model draft = RoleEdits.putRule(applied.model(), role, index, rule);
            if (draft.equals(applied.model())) {
                redirect.addFlashAttribute("flash", "Nothing changed.");
                return "redirect:" + path(role, entity);
            }
            List<Problem> problems = check.problems(draft);
            if (problems.isEmpty()) {
                Drafts.put(session, new Draft(applied.version(), draft, (adding ? "Give role " + role
                        + " a new rule on " : "Change a rule of role " + role + " on ") + entity, path(role, entity)));
                return REVIEW;
            }
            CellPage.place(problems, role, index, errors);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        List<String> names = FieldAccessForm.names(shown, original.fields());
        return render(page, session, role, entity, new RuleSlot(adding ? -1 : index, 0, form.shown(), names, errors));
    }

    private String render(org.springframework.ui.Model page, HttpSession session, String role, String entity,
                          RuleSlot sent) {
        AppliedModel applied = editor.applied();
        refuseAdmin(role);
        Entity shown = entity(applied.model(), entity);
        Model explained = Drafts.current(session).filter(d -> d.baseVersion() == applied.version())
                .map(Draft::model).orElse(applied.model());
        return CellPage.show(page, applied.model(), explained, explained != applied.model(), role, shown,
                sent == null || sent.number() > 0 ? sent : numbered(applied.model(), role, entity, sent));
    }

    /** The sent form with its rule's number on this entity, as the page counts them. */
    private static RuleSlot numbered(Model model, String role, String entity, RuleSlot sent) {
        List<Rule> rules = RoleEdits.role(model, role).rules();
        int end = sent.isNew() ? rules.size() : sent.index() + 1;
        int number = (int) rules.subList(0, end).stream().filter(r -> r.entity().equals(entity)).count();
        return new RuleSlot(sent.index(), sent.isNew() ? number + 1 : number, sent.form(), sent.fields(),
                sent.errors());
    }

    private static String refuseAdmin(String role) {
        if (role.equals(Role.ADMIN)) {
            throw new RoleException("The admin role may do everything; it has no rules to edit.");
        }
        return role;
    }

    private static Entity entity(Model model, String name) {
        return model.entity(name).orElseThrow(() -> new RoleException("There is no entity named " + name
                + " in this model."));
    }

    private static Rule rule(Model model, String role, String entity, int index) {
        List<Rule> rules = RoleEdits.role(model, refuseAdmin(role)).rules();
        if (index < 0 || index >= rules.size() || !rules.get(index).entity().equals(entity)) {
            throw new RoleException("Role " + role + " has no such rule on " + entity + "; it may have been"
                    + " changed or removed.");
        }
        return rules.get(index);
    }

    static String path(String role, String entity) {
        return "/admin/roles/" + role + "/" + entity;
    }
}
