package dev.plinth.boot;

import dev.plinth.model.LoadedModel;
import dev.plinth.model.ModelFolder;
import dev.plinth.model.Problem;
import dev.plinth.schema.ActiveModel;
import dev.plinth.schema.ApplyResult;
import dev.plinth.schema.MigrationException;
import dev.plinth.schema.SchemaEngine;
import dev.plinth.security.RoleRuleCheck;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the served model folder into the database: on start (refusing to start on an invalid or destructive
 * change) and, with {@code --watch}, on every saved change (logging what it refuses and keeping the previous model).
 */
public final class ModelFolderSync {

    private static final Logger log = LoggerFactory.getLogger(ModelFolderSync.class);

    private final Path folder;
    private final SchemaEngine engine;
    private final ActiveModel active;

    public ModelFolderSync(Path folder, SchemaEngine engine, ActiveModel active) {
        this.folder = folder;
        this.engine = engine;
        this.active = active;
    }

    public Path folder() {
        return folder;
    }

    /** Applies the folder's safe changes, or throws saying why Plinth cannot start with it. */
    public void syncOnStart() {
        LoadedModel loaded = RoleRuleCheck.load(folder);
        if (!loaded.isValid()) {
            throw new ModelStartupException("The model folder " + folder + " has " + loaded.problems().size()
                    + " problem" + (loaded.problems().size() == 1 ? "" : "s") + ":",
                    loaded.problems().stream().map(Problem::toString).toList(),
                    "Fix the model files and start Plinth again. `java -jar plinth.jar validate " + folder
                            + "` lists the problems.");
        }
        try {
            apply(loaded);
        } catch (MigrationException.DestructiveChangesRefused e) {
            throw new ModelStartupException("The model folder " + folder + " has changes that lose data, which"
                    + " Plinth does not apply on start:", e.reasons(),
                    "Review them with `java -jar plinth.jar plan " + folder + "`, apply them with `java -jar plinth.jar"
                            + " apply " + folder + " --allow-destructive`, then start Plinth again.");
        } catch (MigrationException e) {
            throw new ModelStartupException(e.getMessage(), e.reasons(),
                    "Change the model files so the change can be applied, then start Plinth again.");
        }
    }

    /** Applies the folder after a saved change; logs and keeps the served model when it cannot. */
    public void syncOnChange() {
        LoadedModel loaded = RoleRuleCheck.load(folder);
        if (!loaded.isValid()) {
            log.warn("The model folder {} has {} problem(s); still serving model version {}:\n  {}", folder,
                    loaded.problems().size(), active.current().version(),
                    String.join("\n  ", loaded.problems().stream().map(Problem::toString).toList()));
            return;
        }
        try {
            apply(loaded);
        } catch (MigrationException e) {
            log.warn("{} Still serving model version {}.\n  {}", e.getMessage(), active.current().version(),
                    String.join("\n  ", e.reasons()));
        }
    }

    private void apply(LoadedModel loaded) {
        ApplyResult result = engine.apply(loaded.model(), false, "serve:" + System.getProperty("user.name", "unknown"));
        if (result.applied()) {
            log.info("Applied model version {} from {}:\n  {}", result.version(), folder,
                    result.plan().summary().replace("\n", "\n  "));
        }
        try {
            ModelFolder.writeIds(folder, result.model(), loaded.sources());
        } catch (IOException e) {
            log.warn("Could not write new ids into {}: {}", folder, e.getMessage());
        }
        active.refresh();
    }
}
