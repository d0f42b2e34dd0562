package dev.plinth.query.filter;

import dev.plinth.model.Entity;
import org.jooq.Condition;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A condition the compiler adds to every subquery that reaches the rows of an entity through a relation, so that a
 * filter cannot look at rows the caller may not read. Permissions supply one; plain filters use {@link #NONE}. The
 * root table is not passed here: the caller filters its own rows.
 */
@FunctionalInterface
public interface RowFilter {

    /** Adds nothing. */
    RowFilter NONE = (entity, alias) -> DSL.noCondition();

    /** The extra condition on rows of {@code entity}, whose table is {@code alias} in the subquery. */
    Condition forEntity(Entity entity, Table<?> alias);
}
