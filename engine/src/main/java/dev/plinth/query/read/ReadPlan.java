package dev.plinth.query.read;

import dev.plinth.model.Entity;
import dev.plinth.query.RowCondition;
import java.util.List;

/**
 * A read checked against the model and the caller's access, ready to become one statement.
 *
 * @param entity    the entity listed
 * @param selection what each row returns
 * @param filter    the rows to list (the caller's filter; access conditions are added when the statement is built)
 * @param sort      the order, before the final tie-break on id
 * @param page      which rows of that order
 * @param count     whether to report the total
 * @param shape     what makes the statement, values included, for callers with the same access: the parameters as
 *                  given, or {@code null} when they do not settle it (a cursor's keys, a filter's variables)
 */
public record ReadPlan(Entity entity, Selection selection, RowCondition filter, List<SortKey> sort, Page page,
                       CountMode count, String shape) {

    public ReadPlan {
        sort = List.copyOf(sort);
    }
}
