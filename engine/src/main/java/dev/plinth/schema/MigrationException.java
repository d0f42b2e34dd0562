package dev.plinth.schema;

import java.util.List;

/** An apply that did not happen; the database is as it was. */
public class MigrationException extends RuntimeException {

    /** Why, as sentences a person can act on. */
    private final List<String> reasons;
    private final Plan plan;

    public MigrationException(String message, List<String> reasons, Plan plan, Throwable cause) {
        super(message, cause);
        this.reasons = List.copyOf(reasons);
        this.plan = plan;
    }

    public List<String> reasons() {
        return reasons;
    }

    /** The plan that was refused or failed, or {@code null}. */
    public Plan plan() {
        return plan;
    }

    /** Destructive changes were planned and not allowed. */
    public static final class DestructiveChangesRefused extends MigrationException {
        public DestructiveChangesRefused(Plan plan) {
            super("The model change would lose data or could fail on existing rows, so it was not applied. Review the"
                            + " destructive changes and run apply with --allow-destructive to go ahead.",
                    plan.destructiveChanges().stream().map(PlannedChange::description).toList(), plan, null);
        }
    }

    /** The plan has changes that cannot be made as they stand. */
    public static final class Blocked extends MigrationException {
        public Blocked(Plan plan) {
            super("The model change cannot be applied as it stands.", plan.blockers(), plan, null);
        }
    }

    /** The database refused a change; everything was rolled back. */
    public static final class Failed extends MigrationException {
        public Failed(String reason, Plan plan, Throwable cause) {
            super("Applying the model failed and nothing was changed: " + reason, List.of(reason), plan, cause);
        }
    }
}
