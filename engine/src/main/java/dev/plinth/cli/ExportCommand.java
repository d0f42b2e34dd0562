package dev.plinth.cli;

import dev.plinth.database.PlinthDatabase;
import dev.plinth.model.ModelFolder;
import dev.plinth.schema.AppliedModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** {@code export <out-dir>}: writes the model the database holds as model files. */
final class ExportCommand {

    private final Invocation invocation;

    ExportCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    int run() throws UsageException {
        invocation.expectPositionals(1);
        if (invocation.args().positionals().isEmpty()) {
            throw new UsageException("export needs a folder to write to: java -jar plinth.jar export <out-dir>");
        }
        Path folder = Path.of(invocation.args().positionals().get(0));
        try (PlinthDatabase database = Migrations.open(invocation)) {
            AppliedModel current = Migrations.engine(database).stored();
            if (current.version() == 0) {
                invocation.err().println("The database holds no model yet: apply one first.");
                return Cli.ERROR;
            }
            ModelFolder.write(folder, current.model());
            invocation.out().println("Exported model version " + current.version() + " ('" + current.model().name()
                    + "', " + Counts.of(current.model().entities().size(), "entity", "entities") + ") to " + folder + ".");
            return Cli.OK;
        } catch (IOException e) {
            throw new UncheckedIOException("the model could not be written to " + folder + ": " + e.getMessage(), e);
        }
    }
}
