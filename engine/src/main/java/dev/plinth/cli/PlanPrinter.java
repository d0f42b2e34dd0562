package dev.plinth.cli;

import dev.plinth.schema.Plan;
import dev.plinth.schema.PlannedChange;
import java.io.PrintStream;

/** Prints a plan for review: the numbered changes, each marked safe or destructive, with its SQL. */
final class PlanPrinter {

    private PlanPrinter() {
    }

    static void print(Plan plan, PrintStream out) {
        int number = 1;
        for (PlannedChange change : plan.changes()) {
            out.printf("%3d. %s%n", number++, change);
            for (String sql : change.sql()) {
                out.println("       " + sql.replace("\n", "\n       "));
            }
        }
        for (String blocker : plan.blockers()) {
            out.println("  Cannot apply: " + blocker);
        }
        long destructive = plan.destructiveChanges().size();
        out.println();
        out.println(plan.changes().size() + " change" + (plan.changes().size() == 1 ? "" : "s") + ", "
                + destructive + " destructive.");
    }
}
