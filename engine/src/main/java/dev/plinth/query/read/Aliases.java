package dev.plinth.query.read;

import dev.plinth.model.Entity;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Gives each table of one statement its own alias: {@code t0}, {@code t1}, ... */
final class Aliases {

    private int next;

    Table<?> of(Entity entity) {
        return of(dev.plinth.schema.SchemaNames.table(entity));
    }

    Table<?> of(String table) {
        return DSL.table(DSL.name(table)).as("t" + next++);
    }

    String name() {
        return "t" + next++;
    }
}
