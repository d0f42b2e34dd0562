package dev.plinth.admin.roles;

import dev.plinth.model.Action;
import dev.plinth.model.Entity;
import dev.plinth.model.Model;
import dev.plinth.model.Problem;
import dev.plinth.model.Role;
import dev.plinth.model.Rule;
import dev.plinth.model.SourceMap;
import dev.plinth.query.ModelIndex;
import dev.plinth.security.Explanation;
import dev.plinth.security.Permissions;
import java.util.ArrayList;
import java.util.List;

/** What the page of one role on one entity shows: the rule forms and the engine's explanation of the result. */
final class CellPage {

    static final String VIEW = "admin/roles/cell";

    private CellPage() {
    }

    /**
     * Fills the page.
     *
     * @param model     the applied model, whose rules the forms show
     * @param explained the model the explanation is of: the pending draft, when there is one, else the applied one
     * @param drafted   whether {@code explained} is a pending draft
     * @param sent      the form just sent and rejected, in place of its rule's values, or {@code null}
     */
    static String show(org.springframework.ui.Model page, Model model, Model explained, boolean drafted,
                       String roleName, Entity entity, RuleSlot sent) {
        Role role = RoleEdits.role(model, roleName);
        List<RuleSlot> slots = new ArrayList<>();
        int number = 0;
        for (int i = 0; i < role.rules().size(); i++) {
            Rule rule = role.rules().get(i);
            if (rule.entity().equals(entity.name())) {
                number++;
                slots.add(sent != null && sent.index() == i ? sent
                        : new RuleSlot(i, number, RuleForm.of(rule, entity),
                                FieldAccessForm.names(entity, rule.fields()), RuleErrors.none()));
            }
        }
        RuleSlot blank = sent != null && sent.isNew() ? sent : new RuleSlot(-1, number + 1, RuleForm.blank(),
                FieldAccessForm.names(entity, Rule.FieldAccess.ALL), RuleErrors.none());
        page.addAttribute("section", "roles");
        page.addAttribute("role", role.name());
        page.addAttribute("roleLabel", Matrix.label(model, role.name()));
        page.addAttribute("entity", entity);
        page.addAttribute("slots", slots);
        page.addAttribute("blank", blank);
        page.addAttribute("actions", List.of(Action.values()).stream().map(Action::json).toList());
        page.addAttribute("comparisons", Comparison.values());
        page.addAttribute("explanations", explain(explained, role.name(), entity.name()));
        page.addAttribute("drafted", drafted);
        return VIEW;
    }

    private static List<Explanation> explain(Model model, String role, String entityName) {
        Entity entity = model.entity(entityName).orElse(null);
        if (entity == null || (!Role.BUILT_IN.contains(role) && model.role(role).isEmpty())) {
            return List.of();
        }
        Permissions permissions = Permissions.of(new ModelIndex(model));
        return List.of(Action.values()).stream().map(action -> permissions.explain(role, entity, action)).toList();
    }

    /**
     * Each problem next to the input it is about, when it is about the rule at {@code index} of the role's file;
     * any other in words above the form.
     */
    static void place(List<Problem> problems, String role, int index, RuleErrors errors) {
        String file = SourceMap.roleFile(role);
        String prefix = "/rules/" + index;
        for (Problem problem : problems) {
            String at = problem.pointer();
            if (problem.file().equals(file) && (at.equals(prefix) || at.startsWith(prefix + "/"))) {
                errors.add(input(at.substring(prefix.length())), problem.message());
            } else if (problem.file().startsWith(SourceMap.ROLES_DIR + "/")) {
                errors.addGeneral("Role " + baseName(problem.file()) + ": " + problem.message());
            } else {
                errors.addGeneral(problem.file() + ": " + problem.message());
            }
        }
    }

    private static String input(String rest) {
        if (rest.startsWith("/where")) {
            return "where";
        }
        if (rest.startsWith("/check")) {
            return "check";
        }
        if (rest.startsWith("/actions")) {
            return "actions";
        }
        if (rest.startsWith("/preset")) {
            return "preset";
        }
        if (rest.startsWith("/fields/write")) {
            return "write";
        }
        if (rest.startsWith("/fields")) {
            return "read";
        }
        return "actions";
    }

    private static String baseName(String file) {
        String name = file.substring(file.indexOf('/') + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
