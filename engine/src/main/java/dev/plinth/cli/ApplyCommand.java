package dev.plinth.cli;

import dev.plinth.database.PlinthDatabase;
import dev.plinth.model.LoadedModel;
import dev.plinth.model.ModelFolder;
import dev.plinth.schema.ApplyResult;
import dev.plinth.schema.MigrationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code apply <model-dir> [--allow-destructive]}: applies the folder in one transaction, then writes new ids back. */
final class ApplyCommand {

    private final Invocation invocation;

    ApplyCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    int run() throws UsageException {
        LoadedModel loaded = Migrations.loadValid(invocation);
        if (loaded == null) {
            return Cli.ERROR;
        }
        Path folder = invocation.modelFolder(true);
        try (PlinthDatabase database = Migrations.open(invocation)) {
            ApplyResult result = Migrations.engine(database)
                    .apply(loaded.model(), invocation.args().has("allow-destructive"), Migrations.operator());
            if (!result.applied()) {
                invocation.out().println("Nothing to do: the database already holds this model (version "
                        + result.version() + ").");
            } else {
                PlanPrinter.print(result.plan(), invocation.out());
                invocation.out().println("Applied: the database now holds model version " + result.version() + ".");
            }
            writeIds(folder, loaded, result);
            return Cli.OK;
        } catch (MigrationException e) {
            invocation.err().println(e.getMessage());
            for (String reason : e.reasons()) {
                invocation.err().println("  - " + reason);
            }
            return Cli.ERROR;
        }
    }

    private void writeIds(Path folder, LoadedModel loaded, ApplyResult result) {
        try {
            List<String> changed = ModelFolder.writeIds(folder, result.model(), loaded.sources());
            if (!changed.isEmpty()) {
                invocation.out().println("Wrote new ids into " + String.join(", ", changed) + ".");
            }
        } catch (IOException e) {
            invocation.err().println("The model was applied, but its new ids could not be written to " + folder + ": "
                    + e.getMessage());
        }
    }
}
