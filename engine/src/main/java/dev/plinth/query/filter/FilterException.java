package dev.plinth.query.filter;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A filter that cannot be used, with every problem found: the parser stops at the first, the checker reports all
 * it finds. The problems come in the order of their position in the text.
 */
public final class FilterException extends RuntimeException {

    private final List<FilterProblem> problems;

    public FilterException(List<FilterProblem> problems) {
        super(problems.stream().map(FilterProblem::toString).collect(Collectors.joining("; ")), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a filter exception names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    static FilterException of(String code, int position, String message) {
        return new FilterException(List.of(new FilterProblem(code, position, message)));
    }

    public List<FilterProblem> problems() {
        return problems;
    }
}
