package dev.plinth.query.filter;

import dev.plinth.model.Entity;
import dev.plinth.query.ModelIndex;

/**
 * The filter language's entry points: {@link #parse} text into a syntax tree, {@link #check} it against the model.
 * The same functions serve
 * {@code ?filter=} and the {@code where} and {@code check} of permission rules. Each step fails with a
 * {@link FilterException} listing its problems.
 */
public final class Filters {

    private Filters() {
    }

    /** Parses a filter, checking the {@link FilterLimits}; fails with its first problem. */
    public static Expression parse(String text) {
        return Parser.parse(text == null ? "" : text);
    }

    /** Checks a parsed filter against the entity {@code root} of the indexed model; fails with every problem found. */
    public static CheckedFilter check(Expression expression, ModelIndex index, Entity root) {
        return FilterChecker.check(expression, index, root);
    }

    /** Parses and checks a filter in one go. */
    public static CheckedFilter check(String text, ModelIndex index, Entity root) {
        return check(parse(text), index, root);
    }
}
