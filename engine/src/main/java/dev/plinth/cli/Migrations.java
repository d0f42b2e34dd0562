package dev.plinth.cli;

import dev.plinth.database.PlinthDatabase;
import dev.plinth.model.LoadedModel;
import dev.plinth.schema.SchemaEngine;
import dev.plinth.security.RoleRuleCheck;
import java.nio.file.Path;

/** What {@code plan} and {@code apply} share: a quiet log, the model folder read and checked, the database opened. */
final class Migrations {

    private Migrations() {
    }

    /** The model in the folder, or {@code null} after printing its problems. */
    static LoadedModel loadValid(Invocation invocation) throws UsageException {
        invocation.expectPositionals(1);
        Path folder = invocation.modelFolder(true);
        LoadedModel loaded = RoleRuleCheck.load(folder);
        if (!loaded.isValid()) {
            ValidateCommand.report(loaded, folder, invocation);
            return null;
        }
        return loaded;
    }

    static PlinthDatabase open(Invocation invocation) throws UsageException {
        QuietLogging.apply();
        return PlinthDatabase.open(invocation.database());
    }

    static SchemaEngine engine(PlinthDatabase database) {
        return database.schemaEngine();
    }

    /** Who an apply from the command line is recorded as. */
    static String operator() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }
}
