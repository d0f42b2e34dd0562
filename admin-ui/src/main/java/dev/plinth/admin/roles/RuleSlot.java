package dev.plinth.admin.roles;

import java.util.List;

/**
 * One rule form of the cell page.
 *
 * @param index  the rule's place in the role's rules, or -1 for the form that adds a rule
 * @param number the rule's number among the role's rules on this entity, from 1
 * @param form   what the form shows
 * @param fields the field names its checkboxes offer
 * @param errors what is wrong with it, when it was just sent
 */
public record RuleSlot(int index, int number, RuleForm form, List<String> fields, RuleErrors errors) {

    public boolean isNew() {
        return index < 0;
    }

    /** The prefix of this form's input ids, unique on the page. */
    public String id() {
        return isNew() ? "new" : "r" + index;
    }
}
