package dev.plinth.query;

import dev.plinth.model.Entity;
import dev.plinth.query.filter.Variables;
import org.jooq.Condition;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Every row, member and action (the {@code admin} role's access), with the caller's own variables. */
public record Unrestricted(Variables variables) implements Access {

    @Override
    public Condition rows(Entity entity, Table<?> alias) {
        return DSL.noCondition();
    }

    @Override
    public boolean canRead(Entity entity, Member member) {
        return true;
    }

    /** Every admin reads the same statements: no condition, every member. */
    @Override
    public Object statementKey() {
        return Unrestricted.class;
    }
}
