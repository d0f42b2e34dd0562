package dev.plinth.admin.plan;

import dev.plinth.admin.Draft;
import dev.plinth.admin.history.ModelDiff;
import dev.plinth.schema.Plan;
import dev.plinth.schema.PlannedChange;
import java.util.List;

/**
 * What the plan page shows about a draft.
 *
 * @param draft        the pending change
 * @param appliedVersion the model version applied now
 * @param stale        whether the applied model moved on since the draft was made
 * @param plan         the plan, or {@code null} when stale or when it could not be made
 * @param failure      why the plan could not be made, or {@code null}
 * @param files        how the model files would change
 */
public record PlanView(Draft draft, int appliedVersion, boolean stale, Plan plan, String failure, ModelDiff files) {

    public boolean canApply() {
        return !stale && plan != null && !plan.isEmpty() && plan.blockers().isEmpty();
    }

    public boolean destructive() {
        return plan != null && plan.isDestructive();
    }

    public List<String> losses() {
        return plan == null ? List.of() : plan.destructiveChanges().stream().map(PlannedChange::description).toList();
    }

    /**
     * A fingerprint of what a confirmation agrees to lose. If the plan at apply time loses something else (rows were
     * added meanwhile, say), the person must look again.
     */
    public String reviewed() {
        return Integer.toHexString(losses().hashCode());
    }
}
