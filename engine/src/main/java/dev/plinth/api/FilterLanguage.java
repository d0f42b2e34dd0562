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

/**
 * {@code ?filter=} in the one filter language: checked against the model, compiled with the caller's variables,
 * every relation it walks filtered by the caller's access; its problems become a 400 naming each position.
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
        return alias -> Filters.compile(checked, alias, access.variables(), access::rows);
    }

    private static QueryException refused(FilterException e) {
        FilterProblem first = e.problems().get(0);
        return new QueryException(QueryException.Kind.INVALID, first.code(), "the filter is not valid: "
                + first.message() + " (at character " + first.position() + ")",
                e.problems().stream().map(p -> new QueryException.FieldError("filter", p.code(),
                        p.message() + " (at character " + p.position() + ")")).toList());
    }
}
