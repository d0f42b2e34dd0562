package dev.plinth.admin;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.plinth.model.Entity;
import dev.plinth.schema.SchemaNames;
import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

/** How many rows an entity holds: exact for small tables, PostgreSQL's estimate for large ones. */
@Component
public class RowCounts {

    /** Up to this many rows (by estimate), tables are counted exactly. */
    static final long EXACT_UP_TO = 100_000;

    private final DSLContext db;

    public RowCounts(DSLContext db) {
        this.db = db;
    }

    public long of(Entity entity) {
        String table = SchemaNames.table(entity);
        Long estimate = db.select(field("reltuples::bigint", SQLDataType.BIGINT)).from(table(name("pg_class")))
                .where(field(name("oid")).eq(field("to_regclass({0})", Object.class, org.jooq.impl.DSL.val("public." + table))))
                .fetchOne(0, Long.class);
        if (estimate != null && estimate > EXACT_UP_TO) {
            return estimate;
        }
        return db.fetchCount(table(name(table)));
    }
}
