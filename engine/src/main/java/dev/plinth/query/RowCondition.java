package dev.plinth.query;

import org.jooq.Condition;
import org.jooq.Table;

/** A condition on the rows of one entity, built for whatever alias the statement gives its table. */
@FunctionalInterface
public interface RowCondition {

    Condition on(Table<?> alias);

    /**
     * Whether the condition comes out the same, values included, for every caller with the same access (it reads no
     * variable of the caller's, nor the clock): then a statement rendered with it can be run again as it is.
     */
    default boolean constant() {
        return false;
    }

    RowCondition NONE = new RowCondition() {
        @Override
        public Condition on(Table<?> alias) {
            return org.jooq.impl.DSL.noCondition();
        }

        @Override
        public boolean constant() {
            return true;
        }
    };

    default RowCondition and(RowCondition other) {
        return alias -> on(alias).and(other.on(alias));
    }
}
