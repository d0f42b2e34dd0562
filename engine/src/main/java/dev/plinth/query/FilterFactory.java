package dev.plinth.query;

import dev.plinth.model.Entity;

/** Turns filter text into a condition on an entity's rows, or refuses it with a {@link QueryException}. */
@FunctionalInterface
public interface FilterFactory {

    RowCondition parse(String filter, ModelIndex index, Entity entity, Access access);
}
