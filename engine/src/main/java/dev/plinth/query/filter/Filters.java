package dev.plinth.query.filter;

/**
 * The filter language's entry points: {@link #parse} text into a syntax tree. The same functions serve
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
}
