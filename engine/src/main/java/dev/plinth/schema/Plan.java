package dev.plinth.schema;

import java.util.List;

/**
 * What applying a model would do: the changes in the order they run, and the reasons it cannot be applied at
 * all, if any.
 *
 * @param changes  the changes; empty when the database already holds the desired model
 * @param blockers problems no flag can override, such as a required reference added to a table with rows
 */
public record Plan(List<PlannedChange> changes, List<String> blockers) {

    public Plan {
        changes = List.copyOf(changes);
        blockers = List.copyOf(blockers);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public boolean isDestructive() {
        return changes.stream().anyMatch(PlannedChange::destructive);
    }

    public List<PlannedChange> destructiveChanges() {
        return changes.stream().filter(PlannedChange::destructive).toList();
    }

    /** Every statement of the plan, in order. */
    public List<String> sql() {
        return changes.stream().flatMap(c -> c.sql().stream()).toList();
    }

    /** One line a change, for logs and the model history. */
    public String summary() {
        if (changes.isEmpty()) {
            return "no changes";
        }
        return String.join("\n", changes.stream().map(PlannedChange::toString).toList());
    }
}
