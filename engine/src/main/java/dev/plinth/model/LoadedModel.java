package dev.plinth.model;

import java.util.List;

/**
 * A model read from a folder, with every problem found in it. The model holds what could be read; use it only
 * when {@link #isValid()}.
 */
public record LoadedModel(Model model, SourceMap sources, List<Problem> problems) {

    public LoadedModel {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
