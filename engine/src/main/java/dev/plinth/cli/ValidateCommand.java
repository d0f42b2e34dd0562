package dev.plinth.cli;

import dev.plinth.model.LoadedModel;
import dev.plinth.model.Problem;
import dev.plinth.security.RoleRuleCheck;
import java.nio.file.Path;

/** {@code validate <model-dir>}: every problem in the folder, or a confirmation. Needs no database. */
final class ValidateCommand {

    private final Invocation invocation;

    ValidateCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    int run() throws UsageException {
        invocation.expectPositionals(1);
        Path folder = invocation.modelFolder(true);
        LoadedModel loaded = RoleRuleCheck.load(folder);
        return report(loaded, folder, invocation) ? Cli.OK : Cli.ERROR;
    }

    /** Prints the problems of a loaded model; true when there are none. */
    static boolean report(LoadedModel loaded, Path folder, Invocation invocation) {
        if (loaded.isValid()) {
            invocation.out().println("The model '" + loaded.model().name() + "' in " + folder + " is valid: "
                    + Counts.of(loaded.model().entities().size(), "entity", "entities") + ", "
                    + Counts.of(loaded.model().roles().size(), "role", "roles") + ".");
            return true;
        }
        for (Problem problem : loaded.problems()) {
            invocation.err().println(problem);
        }
        int count = loaded.problems().size();
        invocation.err().println(Counts.of(count, "problem", "problems") + " in " + folder);
        return false;
    }
}
