package dev.plinth.security;

import dev.plinth.model.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** Role rules that cannot be enforced, each named by its role file, JSON pointer and what is wrong with it. */
public final class InvalidRulesException extends RuntimeException {

    private final List<Problem> problems;

    InvalidRulesException(List<Problem> problems) {
        super(problems.size() + " role rule problem" + (problems.size() == 1 ? "" : "s") + ":\n  "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
