package dev.plinth.api;

import dev.plinth.model.Entity;
import dev.plinth.query.Access;
import dev.plinth.query.FilterFactory;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.QueryException;
import dev.plinth.query.RowCondition;
import dev.plinth.query.filter.CheckedFilter;
import dev.plinth.query.filter.FilterException;
import dev.plinth.query.filter.FilterProblem;
import dev.plinth.query.filter.Filters;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Table;

/**
 * {@code ?filter=} in the one filter language: checked against the model, compiled with the caller's variables,
 * every relation it walks filtered by the caller's access; its problems become a 400 naming each position.
 *
 * <p>A caller may filter only on members it may read: a filter naming one it may not (a denied field, or a field
 * of an entity it may not read at all) is refused with a 400 {@code filter.not-readable} naming the path, the same
 * status as any other filter the caller cannot use, rather than left to match rows by a value the caller cannot
 * see. A relation it may read but whose rows are closed to it is not refused: the rows it cannot see match nothing.
 */
final class FilterLanguage implements FilterFactory {

    @Override
    public RowCondition parse(String filter, ModelIndex index, Entity entity, Access access) {
        CheckedFilter checked;
        try {
            checked = Filters.check(filter, index, entity);
        } catch (FilterException e) {
            throw refused(e);
        }
        List<FilterProblem> unreadable = unreadable(checked, access);
        if (!unreadable.isEmpty()) {
            throw refused(new FilterException(unreadable));
        }
        boolean constant = !checked.readsVariables();
        return new RowCondition() {
            @Override
            public Condition on(Table<?> alias) {
                return Filters.compile(checked, alias, access.variables(), access::rows);
            }

            @Override
            public boolean constant() {
                return constant;
            }
        };
    }

    /** A problem for each path of the filter that reaches a member the caller may not read, once a path. */
    private static List<FilterProblem> unreadable(CheckedFilter checked, Access access) {
        List<FilterProblem> problems = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (CheckedFilter.Use use : checked.members()) {
            if (refused.stream().anyMatch(path -> use.path().startsWith(path + "."))
                    || access.canRead(use.entity(), use.member())) {
                continue;
            }
            refused.add(use.path());
            problems.add(new FilterProblem(FilterProblem.NOT_READABLE, use.position(), "you may not filter on '"
                    + use.path() + "': your role may not read " + use.member().name() + " of " + use.entity().name()));
        }
        return problems;
    }

    private static QueryException refused(FilterException e) {
        FilterProblem first = e.problems().get(0);
        return new QueryException(QueryException.Kind.INVALID, first.code(), "the filter is not valid: "
                + first.message() + " (at character " + first.position() + ")",
                e.problems().stream().map(p -> new QueryException.FieldError("filter", p.code(),
                        p.message() + " (at character " + p.position() + ")")).toList());
    }
}
