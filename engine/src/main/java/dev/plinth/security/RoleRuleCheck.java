package dev.plinth.security;

import dev.plinth.model.LoadedModel;
import dev.plinth.model.Model;
import dev.plinth.model.Problem;
import dev.plinth.model.SourceMap;
import dev.plinth.query.ModelIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The check of role rules that the model package cannot make, as it knows no filter language: every {@code where}
 * and {@code check} must parse and fit the model (known fields, operators that fit their types, known variables),
 * and presets must fill single-valued fields. Run wherever a model folder is validated, after
 * {@link dev.plinth.model.ModelFolder#load}.
 */
public final class RoleRuleCheck {

    private RoleRuleCheck() {
    }

    /**
     * The problems of the model's rules, each at its role file and pointer ({@code roles/writer.json},
     * {@code /rules/2/where}) with the filter problem's message, position and code. Problems the model validator
     * reports already (an empty filter, a preset of an unknown field) are not repeated.
     */
    public static List<Problem> problems(Model model, SourceMap sources) {
        return RuleCompiler.compile(new ModelIndex(model), sources).problems();
    }

    /**
     * The loaded model with the problems of its rules added. When the model has problems already, its rules are
     * checked as far as the model allows: a model too broken to check them against reports them once it is fixed.
     */
    public static LoadedModel check(LoadedModel loaded) {
        List<Problem> found;
        try {
            found = problems(loaded.model(), loaded.sources());
        } catch (RuntimeException e) {
            if (loaded.isValid()) {
                throw e;
            }
            found = List.of();
        }
        if (found.isEmpty()) {
            return loaded;
        }
        List<Problem> all = new ArrayList<>(loaded.problems());
        all.addAll(found);
        return new LoadedModel(loaded.model(), loaded.sources(), all);
    }

    /** Reads the model folder as {@link dev.plinth.model.ModelFolder#load} does, with its rules checked too. */
    public static LoadedModel load(Path folder) {
        return check(dev.plinth.model.ModelFolder.load(folder));
    }
}
