package dev.plinth.query;

import dev.plinth.model.Action;
import dev.plinth.model.Entity;
import dev.plinth.query.filter.Variables;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * What the caller may do, asked by the read and write stages for every entity a statement touches: the root, each
 * expanded relation, each path a filter or sort walks, each row written. Permissions implement it; {@link #ALL}
 * allows everything.
 */
public interface Access {

    /** The condition rows of {@code entity}, aliased as {@code alias}, must meet to be read. */
    Condition rows(Entity entity, Table<?> alias);

    /** Whether the member may be read (a denied member is left out of rows and refused in filters and sorts). */
    boolean canRead(Entity entity, Member member);

    /**
     * A key equal for two accesses whose read conditions ({@link #rows(Entity, Table)}) and readable members are the
     * same, bind values included, so that a statement rendered for one serves the other; {@code null} when there is
     * none (for instance when a rule reads the clock). Statements are rendered afresh for an access without a key.
     */
    default Object statementKey() {
        return null;
    }

    /** The values of {@code $user.*} and {@code $now} in the caller's filters. */
    default Variables variables() {
        return Variables.anonymous(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Whether the caller may do {@code action} on some rows of the entity. */
    default boolean may(Entity entity, Action action) {
        return true;
    }

    /** Throws a FORBIDDEN {@link QueryException} unless the caller {@link #may} do {@code action} on the entity. */
    default void require(Entity entity, Action action) {
        if (!may(entity, action)) {
            throw new QueryException(QueryException.Kind.FORBIDDEN, "permission.action", "you may not "
                    + action.json() + " " + entity.name() + " rows");
        }
    }

    /** The condition rows must meet to be updated or deleted ({@code action}); reads use {@link #rows(Entity, Table)}. */
    default Condition rows(Entity entity, Action action, Table<?> alias) {
        return action == Action.READ ? rows(entity, alias) : DSL.noCondition();
    }

    /** Whether the member may be written in a create or update ({@code action}). */
    default boolean canWrite(Entity entity, Action action, Member member) {
        return true;
    }

    /** Values set on create whatever the body says, by member. */
    default Map<Member, Object> presets(Entity entity) {
        return Map.of();
    }

    /** The condition a row must meet after a create or update ({@code action}), or the write is undone. */
    default Condition check(Entity entity, Action action, Table<?> alias) {
        return DSL.noCondition();
    }

    /** No restriction. */
    Access ALL = new Access() {
        @Override
        public Condition rows(Entity entity, Table<?> alias) {
            return DSL.noCondition();
        }

        @Override
        public boolean canRead(Entity entity, Member member) {
            return true;
        }

        @Override
        public Object statementKey() {
            return Access.class;
        }
    };
}
