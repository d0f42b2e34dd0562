package dev.plinth.query;

import dev.plinth.model.Entity;
import dev.plinth.query.filter.Variables;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.Condition;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * What the caller may read, asked by the read stages for every entity a statement touches: the root, each expanded
 * relation and each path a filter or sort walks. Permissions implement it; {@link #ALL} allows everything.
 */
public interface Access {

    /** The condition rows of {@code entity}, aliased as {@code alias}, must meet to be seen. */
    Condition rows(Entity entity, Table<?> alias);

    /** Whether the member may be read (a denied member is left out of rows and refused in filters and sorts). */
    boolean canRead(Entity entity, Member member);

    /** The values of {@code $user.*} and {@code $now} in the caller's filters. */
    default Variables variables() {
        return Variables.anonymous(OffsetDateTime.now(ZoneOffset.UTC));
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
    };
}
