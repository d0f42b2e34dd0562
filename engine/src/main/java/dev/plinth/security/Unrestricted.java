package dev.plinth.security;

import dev.plinth.model.Entity;
import dev.plinth.query.Access;
import dev.plinth.query.Member;
import dev.plinth.query.filter.Variables;
import org.jooq.Condition;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** The access of the {@code admin} role: every row, member and action, with the caller's own variables. */
record Unrestricted(Variables variables) implements Access {

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
