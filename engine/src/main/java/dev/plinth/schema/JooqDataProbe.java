package dev.plinth.schema;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Counts rows with jOOQ; table and column names come from the applied model. */
final class JooqDataProbe implements DataProbe {

    private final DSLContext db;

    JooqDataProbe(DSLContext db) {
        this.db = db;
    }

    @Override
    public long rows(String table) {
        return db.fetchCount(table(name(table)));
    }

    @Override
    public long nulls(String table, String column) {
        return db.fetchCount(table(name(table)), field(name(column)).isNull());
    }

    @Override
    public long duplicates(String table, List<String> columns) {
        var fields = columns.stream().map(c -> field(name(c))).toList();
        Condition allSet = DSL.and(fields.stream().map(org.jooq.Field::isNotNull).toList());
        var groups = db.select(count().as("n")).from(table(name(table))).where(allSet)
                .groupBy(fields).having(count().gt(1)).asTable("g");
        BigDecimal repeated = db.select(coalesce(sum(groups.field("n", Integer.class).minus(inline(1))), BigDecimal.ZERO))
                .from(groups).fetchOne(0, BigDecimal.class);
        return repeated == null ? 0 : repeated.longValue();
    }
}
