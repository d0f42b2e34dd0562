package dev.plinth.admin.roles;

import dev.plinth.model.Model;
import dev.plinth.model.Role;
import dev.plinth.model.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The model with one change to its roles. A built-in role the model has no file for ({@code anonymous},
 * {@code authenticated}) is added when it is first given a rule.
 */
final class RoleEdits {

    private RoleEdits() {
    }

    /** The role as the model has it, or a new one without rules for a built-in role. */
    static Role role(Model model, String name) {
        return model.role(name).orElseGet(() -> {
            if (name.equals(Role.ANONYMOUS) || name.equals(Role.AUTHENTICATED)) {
                return new Role(name, null, null, List.of());
            }
            throw new RoleException("There is no role named " + name + " in this model.");
        });
    }

    static Model addRole(Model model, String name, String label) {
        List<Role> roles = new ArrayList<>(model.roles());
        roles.add(new Role(name, label, null, List.of()));
        return model.withRoles(roles);
    }

    /**
     * The model without the role and its rules. Built-in roles cannot be removed: {@code admin} has no rules, and
     * {@code anonymous} and {@code authenticated} are held by everyone or no one whatever the model says.
     */
    static Model removeRole(Model model, String name) {
        if (Role.BUILT_IN.contains(name)) {
            throw new RoleException("The " + name + " role is built in; it cannot be removed.");
        }
        role(model, name);
        return model.withRoles(model.roles().stream().filter(r -> !r.name().equals(name)).toList());
    }

    /** Replaces the rule at {@code index} of the role's rules; an index past the end adds the rule. */
    static Model putRule(Model model, String roleName, int index, Rule rule) {
        Role role = role(model, roleName);
        List<Rule> rules = new ArrayList<>(role.rules());
        if (index < rules.size()) {
            rules.set(index, rule);
        } else {
            rules.add(rule);
        }
        return withRole(model, new Role(role.name(), role.label(), role.description(), rules));
    }

    static Model removeRule(Model model, String roleName, int index) {
        Role role = role(model, roleName);
        List<Rule> rules = new ArrayList<>(role.rules());
        rules.remove(index);
        return withRole(model, new Role(role.name(), role.label(), role.description(), rules));
    }

    private static Model withRole(Model model, Role changed) {
        List<Role> roles = new ArrayList<>();
        boolean found = false;
        for (Role role : model.roles()) {
            found |= role.name().equals(changed.name());
            roles.add(role.name().equals(changed.name()) ? changed : role);
        }
        if (!found) {
            roles.add(changed);
        }
        return model.withRoles(roles);
    }
}
