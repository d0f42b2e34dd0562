package dev.plinth.query.filter;

import dev.plinth.model.Entity;
import dev.plinth.query.ModelIndex;
import org.jooq.Condition;
import org.jooq.Table;

/**
 * The filter language's entry points: {@link #parse} text into a syntax tree, {@link #check} it against the model,
 * {@link #compile} it into a jOOQ condition for one caller's {@link Variables}. The same functions serve
 * {@code ?filter=} and the {@code where} and {@code check} of permission rules. Each step fails with a
 * {@link FilterException} listing its problems; compiling a checked filter does not fail.
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

    /**
     * The condition that selects the rows of {@code root} the filter matches.
     *
     * @param root      the root entity's table, usually aliased; its columns are named through it
     * @param variables what {@code $user.*} and {@code $now} stand for in this request
     */
    public static Condition compile(CheckedFilter filter, Table<?> root, Variables variables) {
        return compile(filter, root, variables, RowFilter.NONE);
    }

    /**
     * As {@link #compile(CheckedFilter, Table, Variables)}, adding {@code rowFilter}'s condition to every subquery
     * that reaches another entity's rows through a relation.
     */
    public static Condition compile(CheckedFilter filter, Table<?> root, Variables variables, RowFilter rowFilter) {
        return FilterCompiler.compile(filter, root, variables, rowFilter);
    }
}
