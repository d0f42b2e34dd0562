package dev.plinth.query.read;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.jsonArray;
import static org.jooq.impl.DSL.jsonArrayAgg;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.plinth.model.Entity;
import dev.plinth.query.Access;
import dev.plinth.query.QueryLimits;
import dev.plinth.query.RenderedStatements;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.ResultQuery;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Runs reads as single statements: a list with its expansions, its total and its next cursor is one query; so is a
 * row. PostgreSQL writes the JSON; Plinth passes it on.
 */
public final class ReadQueries {

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper();

    private final DSLContext db;
    private final CursorCodec cursors;
    private final RenderedStatements statements = new RenderedStatements();

    public ReadQueries(DSLContext db, CursorCodec cursors) {
        this.db = db;
        this.cursors = cursors;
    }

    /**
     * One page of {@code plan}, in one statement. A plan whose parameters settle every value of its statement runs
     * the statement rendered for the first such request (see {@link RenderedStatements}).
     */
    public ListResult list(ReadPlan plan, Access access) {
        Object accessKey = access.statementKey();
        RenderedStatements.Key key = plan.shape() == null || accessKey == null ? null
                : new RenderedStatements.Key(plan.entity().name(), "list\n" + plan.shape(), accessKey);
        RenderedStatements.Rendered rendered = key == null ? null : statements.get(key);
        Listed listed;
        if (rendered != null) {
            listed = rendered.plain(List.of()) ? rendered.fetch(db, List.of(), Listed::read).orElseThrow()
                    : Listed.of(db.resultQuery(rendered.sql(), rendered.bindings(List.of())).fetchOne());
        } else {
            ResultQuery<? extends Record> query = listQuery(plan, access);
            if (key != null) {
                statements.put(key, db, query, List.of());
            }
            listed = Listed.of(query.fetchOne());
        }
        Page page = plan.page();
        Long count = plan.count() == CountMode.NONE ? null : listed.total();
        boolean estimate = plan.count() == CountMode.ESTIMATED && count != null && count > QueryLimits.ESTIMATE_EXACT_UP_TO;
        String next = null;
        if (listed.fetched() > page.limit()) {
            next = cursors.encode(plan.entity(), plan.sort(), lastKeys(listed.last()));
        }
        return new ListResult(listed.data(), count, estimate, next);
    }

    /** What the list statement returns: the page's rows as a JSON array, how many it fetched, the last's keys. */
    private record Listed(String data, int fetched, String last, Long total) {

        static Listed read(ResultSet row) throws SQLException {
            long total = row.getLong(4);
            Long counted = row.wasNull() ? null : total;
            return new Listed(row.getString(1), row.getInt(2), row.getString(3), counted);
        }

        static Listed of(Record row) {
            JSON last = row.get("last", JSON.class);
            return new Listed(row.get("data", JSON.class).data(), row.get("fetched", Integer.class),
                    last == null ? null : last.data(), row.get("total", Long.class));
        }
    }

    private ResultQuery<? extends Record> listQuery(ReadPlan plan, Access access) {
        Aliases aliases = new Aliases();
        RowJson json = new RowJson(access, aliases);
        Entity entity = plan.entity();
        Table<?> root = aliases.of(entity);
        List<Field<Object>> keys = new ArrayList<>();
        List<Boolean> descending = new ArrayList<>();
        List<SortField<?>> order = new ArrayList<>();
        for (SortKey key : plan.sort()) {
            Field<Object> value = json.sortValue(key.path(), 0, root);
            keys.add(value);
            descending.add(key.descending());
            order.add(key.descending() ? value.desc() : value.asc());
        }
        order.add(RowJson.id(root).asc());
        Condition where = plan.filter().on(root).and(access.rows(entity, root));
        Page page = plan.page();
        if (page.after() != null) {
            where = where.and(Keyset.after(keys, descending, RowJson.column(root, "id", SQLDataType.UUID), page.after()));
        }
        List<Field<?>> keyValues = new ArrayList<>(keys);
        keyValues.add(RowJson.id(root));
        int last = page.offset() + page.limit();
        Table<?> rows = select(json.object(plan.selection(), root).as("j"),
                        DSL.rowNumber().over(DSL.orderBy(order)).as("rn"),
                        DSL.jsonArray(keyValues).as("k"))
                .from(root)
                .where(where)
                .orderBy(order)
                .limit(inline(page.limit() + 1))
                .offset(page.offset())
                .asTable("p");
        Field<Long> rn = rows.field("rn", Long.class);
        Field<Long> total = total(plan, access, aliases);
        return db.select(
                        coalesce(jsonArrayAgg(rows.field("j")).orderBy(rn).filterWhere(rn.le((long) last)), jsonArray())
                                .as("data"),
                        count().as("fetched"),
                        jsonArrayAgg(rows.field("k")).filterWhere(rn.eq((long) last)).as("last"),
                        total.as("total"))
                .from(rows);
    }

    private Field<Long> total(ReadPlan plan, Access access, Aliases aliases) {
        if (plan.count() == CountMode.NONE) {
            return inline((Long) null, SQLDataType.BIGINT);
        }
        Table<?> counted = aliases.of(plan.entity());
        Condition matches = plan.filter().on(counted).and(access.rows(plan.entity(), counted));
        if (plan.count() == CountMode.EXACT) {
            return field(selectCount().from(counted).where(matches)).cast(SQLDataType.BIGINT);
        }
        // Count exactly up to the cap; beyond it, the planner's estimate of the table (filters make it an upper bound).
        Table<?> capped = selectOne().from(counted).where(matches).limit(inline(QueryLimits.ESTIMATE_EXACT_UP_TO + 1))
                .asTable(aliases.name());
        Field<Long> upTo = field(selectCount().from(capped)).cast(SQLDataType.BIGINT);
        Field<Long> estimate = field("(select reltuples::bigint from pg_class where oid = to_regclass({0}))",
                SQLDataType.BIGINT, DSL.val("public." + dev.plinth.schema.SchemaNames.table(plan.entity())));
        return DSL.when(upTo.le((long) QueryLimits.ESTIMATE_EXACT_UP_TO), upTo)
                .otherwise(DSL.greatest(upTo, coalesce(estimate, upTo)));
    }

    private static ArrayNode lastKeys(String last) {
        try {
            JsonNode keys = JSON_MAPPER.readTree(last);
            return (ArrayNode) keys.get(0);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL wrote keys that are not JSON", e);
        }
    }

    /**
     * One row, or empty when there is no such row or the caller may not see it. The statement is rendered once per
     * entity, selection and access (see {@link RenderedStatements}) and bound with the id after that.
     */
    public Optional<RowResult> row(Entity entity, UUID id, Selection selection, Access access) {
        Object accessKey = access.statementKey();
        if (accessKey == null) {
            return row(rowQuery(entity, DSL.val(id, SQLDataType.UUID), selection, access));
        }
        RenderedStatements.Key key = new RenderedStatements.Key(entity.name(), selection.signature(), accessKey);
        RenderedStatements.Rendered rendered = statements.get(key);
        if (rendered == null) {
            Param<UUID> idParam = DSL.val(id, SQLDataType.UUID);
            ResultQuery<Record2<Object, Integer>> query = rowQuery(entity, idParam, selection, access);
            statements.put(key, db, query, List.of(idParam));
            return row(query);
        }
        List<UUID> ids = List.of(id);
        return rendered.plain(ids) ? rendered.fetch(db, ids, row -> new RowResult(row.getString(1), row.getInt(2)))
                : row(db.resultQuery(rendered.sql(), rendered.bindings(ids)));
    }

    @SuppressWarnings("unchecked")
    private ResultQuery<Record2<Object, Integer>> rowQuery(Entity entity, Field<UUID> id, Selection selection,
                                                           Access access) {
        Aliases aliases = new Aliases();
        Table<?> root = aliases.of(entity);
        Field<Integer> version = field(DSL.name(root.getName(), "version"), SQLDataType.INTEGER);
        return db.select((Field<Object>) new RowJson(access, aliases).object(selection, root), version)
                .from(root)
                .where(RowJson.id(root).eq(id))
                .and(access.rows(entity, root));
    }

    /** The row of a statement selecting its JSON and its version. */
    private static Optional<RowResult> row(ResultQuery<?> query) {
        return query.fetchOptional(r -> {
            Object json = r.get(0);
            return new RowResult(json instanceof JSON value ? value.data() : String.valueOf(json),
                    r.get(1, Integer.class));
        });
    }

    /** The JSON array of the rows with these ids, in the order of {@code ids}. */
    public String rows(Entity entity, List<UUID> ids, Selection selection, Access access) {
        Aliases aliases = new Aliases();
        Table<?> root = aliases.of(entity);
        Field<UUID[]> order = DSL.val(ids.toArray(UUID[]::new));
        Table<?> rows = select(new RowJson(access, aliases).object(selection, root).as("j"),
                        DSL.function("array_position", Integer.class, order, RowJson.id(root)).as("n"))
                .from(root)
                .where(RowJson.id(root).in(ids))
                .and(access.rows(entity, root))
                .asTable("p");
        return db.select(coalesce(jsonArrayAgg(rows.field("j")).orderBy(rows.field("n")), jsonArray()))
                .from(rows)
                .fetchOne(0, JSON.class).data();
    }
}
