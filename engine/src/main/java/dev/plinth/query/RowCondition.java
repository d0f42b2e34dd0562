package dev.plinth.query;

import org.jooq.Condition;
import org.jooq.Table;

/** A condition on the rows of one entity, built for whatever alias the statement gives its table. */
@FunctionalInterface
public interface RowCondition {

    Condition on(Table<?> alias);

    RowCondition NONE = alias -> org.jooq.impl.DSL.noCondition();

    default RowCondition and(RowCondition other) {
        return alias -> on(alias).and(other.on(alias));
    }
}
