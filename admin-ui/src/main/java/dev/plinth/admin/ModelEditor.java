package dev.plinth.admin;

import dev.plinth.boot.PlinthProperties;
import dev.plinth.model.Model;
import dev.plinth.model.ModelFolder;
import dev.plinth.model.ModelValidator;
import dev.plinth.model.Problem;
import dev.plinth.model.SourceMap;
import dev.plinth.schema.ActiveModel;
import dev.plinth.schema.AppliedModel;
import dev.plinth.schema.ApplyResult;
import dev.plinth.schema.PlanResult;
import dev.plinth.schema.SchemaEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Every design change of the UI goes through here: the model as applied, the same semantic checks the engine runs,
 * the plan, and the apply, after which the model folder (when Plinth serves one) is rewritten so the files stay the
 * truth and {@code git diff} shows exactly the change.
 */
@Service
public class ModelEditor {

    private static final Logger log = LoggerFactory.getLogger(ModelEditor.class);

    private final SchemaEngine engine;
    private final ActiveModel active;
    private final Path folder;

    public ModelEditor(SchemaEngine engine, ActiveModel active, PlinthProperties properties) {
        this.engine = engine;
        this.active = active;
        this.folder = properties.getModel();
    }

    /** The model being served. */
    public AppliedModel applied() {
        return active.current();
    }

    /** The model folder changes are written to, or {@code null} when Plinth serves no folder. */
    public Path folder() {
        return folder;
    }

    /** Every problem of a draft, as the engine would report it. */
    public List<Problem> problems(Model draft) {
        return ModelValidator.validate(draft, SourceMap.conventional(draft));
    }

    public PlanResult plan(Model draft) {
        return engine.plan(draft);
    }

    /**
     * What an apply did, and why the model folder could not be written, if it could not.
     *
     * @param result        the engine's apply
     * @param folderProblem why the files were not written (the model is applied all the same), or {@code null}
     */
    public record Applied(ApplyResult result, String folderProblem) {
    }

    /**
     * Applies the draft and writes the model folder. Refuses destructive changes unless confirmed; throws
     * {@link dev.plinth.schema.MigrationException} when it cannot apply.
     */
    public Applied apply(Model draft, boolean destructiveConfirmed, String who) {
        ApplyResult result = engine.apply(draft, destructiveConfirmed, who);
        active.refresh();
        String problem = null;
        if (folder != null) {
            try {
                List<String> changed = ModelFolder.write(folder, result.model());
                log.info("Wrote {} to {}", changed.isEmpty() ? "no file" : String.join(", ", changed), folder);
            } catch (IOException e) {
                problem = e.getMessage();
                log.warn("Applied model version {}, but could not write it to {}: {}", result.version(), folder, problem);
            }
        }
        return new Applied(result, problem);
    }
}
