package dev.plinth.cli;

import dev.plinth.database.PlinthDatabase;
import dev.plinth.model.LoadedModel;
import dev.plinth.schema.PlanResult;

/** {@code plan <model-dir>}: the changes applying the folder would make, with their SQL. Touches nothing. */
final class PlanCommand {

    private final Invocation invocation;

    PlanCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    int run() throws UsageException {
        LoadedModel loaded = Migrations.loadValid(invocation);
        if (loaded == null) {
            return Cli.ERROR;
        }
        try (PlinthDatabase database = Migrations.open(invocation)) {
            PlanResult result = Migrations.engine(database).plan(loaded.model());
            if (result.plan().isEmpty()) {
                invocation.out().println("Nothing to do: the database already holds this model (version "
                        + result.current().version() + ").");
                return Cli.OK;
            }
            invocation.out().println("Plan for the model '" + loaded.model().name() + "' against " + database.description()
                    + " (model version " + result.current().version() + "):");
            PlanPrinter.print(result.plan(), invocation.out());
            if (!result.plan().blockers().isEmpty()) {
                invocation.out().println("The plan cannot be applied until the problems above are solved.");
            } else if (result.plan().isDestructive()) {
                invocation.out().println("Destructive changes lose data: apply them with"
                        + " java -jar plinth.jar apply <model-dir> --allow-destructive");
            }
            return Cli.CHANGES;
        }
    }
}
