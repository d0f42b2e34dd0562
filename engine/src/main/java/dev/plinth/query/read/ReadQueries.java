package dev.plinth.query.read;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.plinth.model.Entity;
import dev.plinth.query.Access;
import dev.plinth.query.Member;
import dev.plinth.query.QueryLimits;
import dev.plinth.query.RenderedStatements;
import dev.plinth.schema.SchemaNames;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Name;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SelectLimitPercentStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Runs reads as single statements: a list with its expansions and its next cursor is one query, and its total one
 * more in the same snapshot; a row is one query. The rows' own columns come as they are stored and Plinth writes their
 * JSON ({@link RowColumns}); expanded relations come as JSON PostgreSQL wrote.
 */
public final class ReadQueries {

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper();

    /** A page and its total read what the database held at one moment, and write nothing. */
    private static final String ONE_SNAPSHOT = "set transaction isolation level repeatable read, read only";

    private static final RenderedStatements.Reader<Long> TOTAL = rows -> {
        rows.next();
        return rows.getLong(1);
    };

    private final DSLContext db;
    private final CursorCodec cursors;
    private final RenderedStatements statements = new RenderedStatements();

    public ReadQueries(DSLContext db, CursorCodec cursors) {
        this.db = db;
        this.cursors = cursors;
    }

    /**
     * One page of {@code plan}, in one statement; with a total, that statement and a count, in one read-only
     * transaction that sees one snapshot. PostgreSQL plans the page's statement once and the count for each run's
     * values (see {@link RenderedStatements.Planning}). A plan whose parameters settle every value of its statements
     * runs the statements rendered for the first such request (see {@link RenderedStatements}).
     */
    public ListResult list(ReadPlan plan, Access access) {
        Listed listed;
        Long count = null;
        if (plan.count() == CountMode.NONE) {
            listed = page(db, plan, access);
        } else {
            Counted counted = db.transactionResult(transaction -> {
                DSLContext snapshot = transaction.dsl();
                snapshot.connection(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(ONE_SNAPSHOT);
                    }
                });
                return new Counted(page(snapshot, plan, access), total(snapshot, plan, access));
            });
            listed = counted.page();
            count = counted.total();
        }
        Page page = plan.page();
        boolean estimate = plan.count() == CountMode.ESTIMATED && count > QueryLimits.ESTIMATE_EXACT_UP_TO;
        String next = null;
        if (listed.fetched() > page.limit()) {
            next = cursors.encode(plan.entity(), plan.sort(), lastKeys(listed.last()));
        }
        return new ListResult(listed.data(), count, estimate, next);
    }

    /** What the list statement returns: the page's rows as a JSON array, how many it fetched, the last's keys. */
    private record Listed(String data, int fetched, String last) {
    }

    private record Counted(Listed page, long total) {
    }

    /** A statement built for a read, and what reads its rows. */
    private record ReadStatement<T>(ResultQuery<? extends Record> query, RenderedStatements.Reader<T> reader) {
    }

    private static RenderedStatements.Key key(ReadPlan plan, Access access, String statement) {
        return plan.shape() == null ? null
                : RenderedStatements.Key.of(plan.entity().name(), statement + "\n" + plan.shape(), access);
    }

    /** The page of {@code plan}, read on {@code db}. */
    private Listed page(DSLContext db, ReadPlan plan, Access access) {
        return run(db, key(plan, access, "list"), () -> listStatement(db, plan, access), List.of(),
                RenderedStatements.Planning.ONCE);
    }

    /**
     * Runs the statement rendered under {@code key} with the values of {@code variables}, or, the first time or when
     * there is no key, builds it (with {@code variables} as its parameters), renders and keeps it under the key,
     * planned as {@code planning} says, and runs it.
     */
    private <T> T run(DSLContext db, RenderedStatements.Key key, Supplier<ReadStatement<T>> build,
                      List<? extends Param<?>> variables, RenderedStatements.Planning planning) {
        RenderedStatements.Rendered rendered = key == null ? null : statements.get(key);
        if (rendered != null) {
            return rendered.query(db, variables.stream().map(Param::getValue).toList());
        }
        ReadStatement<T> statement = build.get();
        if (key != null) {
            statements.put(key, db, statement.query(), variables, statement.reader(), planning);
        }
        return RenderedStatements.read(db, statement.query(), planning, statement.reader());
    }

    /**
     * The page's rows (one more than the page, to know whether there is a next), each with its row number and, on
     * the page's last row, the keys of the next cursor.
     */
    private static ReadStatement<Listed> listStatement(DSLContext db, ReadPlan plan, Access access) {
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
        RowColumns columns = RowColumns.of(plan.selection(), root, json);
        List<Field<?>> selected = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            selected.add(columns.fields().get(i).as("c" + (i + 1)));
        }
        Field<Integer> rn = DSL.rowNumber().over(DSL.orderBy(order));
        selected.add(rn.as("rn"));
        selected.add(DSL.when(rn.eq(page.offset() + page.limit()), DSL.jsonArray(keyValues)).as("k"));
        SelectLimitPercentStep<Record> first = db.select(selected)
                .from(root)
                .where(where)
                .orderBy(order)
                .limit(inline(page.limit() + 1));
        // No OFFSET unless there is one: PostgreSQL plans a prepared statement with an OFFSET parameter afresh each
        // time it runs (its generic plan guesses that the offset skips a tenth of the rows), a quarter of its cost.
        Select<? extends Record> rows = page.offset() == 0 ? first : first.offset(page.offset());
        return new ReadStatement<>(rows, result -> readPage(result, columns, page.limit()));
    }

    /** Reads a page: columns, then the row number and the cursor's keys. */
    private static Listed readPage(ResultSet rows, RowColumns columns, int limit) throws SQLException {
        int keys = columns.size() + 2;
        StringBuilder data = new StringBuilder(1024).append('[');
        int fetched = 0;
        String last = null;
        while (rows.next()) {
            fetched++;
            if (fetched <= limit) {
                if (fetched > 1) {
                    data.append(',');
                }
                columns.write(rows, 1, data);
            }
            String lastKeys = rows.getString(keys);
            if (lastKeys != null) {
                last = lastKeys;
            }
        }
        return new Listed(data.append(']').toString(), fetched, last);
    }

    /**
     * The total of {@code plan}, counted on {@code db}: a statement PostgreSQL plans for each run's values. Kept
     * prepared, its one plan counts a common value through the index that suits a rare one: in the blog example, the
     * posts of the status that 60% have, through the (status, date) index, cost twice what they cost through the
     * (author, status) index that a plan for that value picks.
     */
    private long total(DSLContext db, ReadPlan plan, Access access) {
        return run(db, key(plan, access, "total"),
                () -> new ReadStatement<>(db.select(total(plan, access, new Aliases())), TOTAL), List.of(),
                RenderedStatements.Planning.EACH_RUN);
    }

    private static Field<Long> total(ReadPlan plan, Access access, Aliases aliases) {
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
                SQLDataType.BIGINT, DSL.val("public." + SchemaNames.table(plan.entity())));
        return DSL.when(upTo.le((long) QueryLimits.ESTIMATE_EXACT_UP_TO), upTo)
                .otherwise(DSL.greatest(upTo, coalesce(estimate, upTo)));
    }

    private static ArrayNode lastKeys(String last) {
        try {
            return (ArrayNode) JSON_MAPPER.readTree(last);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL wrote keys that are not JSON", e);
        }
    }

    /**
     * One row, or empty when there is no such row or the caller may not see it. The statement is rendered once per
     * entity, selection and access (see {@link RenderedStatements}) and bound with the id after that.
     */
    public Optional<RowResult> row(Entity entity, UUID id, Selection selection, Access access) {
        Param<UUID> idParam = DSL.val(id, SQLDataType.UUID);
        return run(db, RenderedStatements.Key.of(entity.name(), selection.signature(), access),
                () -> rowStatement(entity, idParam, selection, access), List.of(idParam),
                RenderedStatements.Planning.ONCE);
    }

    /** The row's columns and its version. */
    private ReadStatement<Optional<RowResult>> rowStatement(Entity entity, Field<UUID> id, Selection selection,
                                                            Access access) {
        Aliases aliases = new Aliases();
        Table<?> root = aliases.of(entity);
        RowColumns columns = RowColumns.of(selection, root, new RowJson(access, aliases));
        ResultQuery<? extends Record> query = db.select(withVersion(columns, root))
                .from(root)
                .where(RowJson.id(root).eq(id))
                .and(access.rows(entity, root));
        return new ReadStatement<>(query, rowReader(columns));
    }

    private static List<Field<?>> withVersion(RowColumns columns, Table<?> root) {
        List<Field<?>> selected = new ArrayList<>(columns.fields());
        selected.add(field(DSL.name(root.getName(), "version"), SQLDataType.INTEGER));
        return selected;
    }

    private static RenderedStatements.Reader<Optional<RowResult>> rowReader(RowColumns columns) {
        return rows -> {
            if (!rows.next()) {
                return Optional.empty();
            }
            StringBuilder json = new StringBuilder(512);
            columns.write(rows, 1, json);
            return Optional.of(new RowResult(json.toString(), rows.getInt(columns.size() + 1)));
        };
    }

    /**
     * A write's statement that also returns the row it wrote, as {@link #row} reads it.
     *
     * @param query  the statement
     * @param reader reads its result: the row, or empty when the write wrote none
     */
    public record ReadBack(ResultQuery<? extends Record> query, RenderedStatements.Reader<Optional<RowResult>> reader) {

        /** Runs the statement through jOOQ. */
        public Optional<RowResult> run() {
            return RenderedStatements.read(query, reader);
        }
    }

    /**
     * Whether {@link #readBack} reads a written row as {@link #row} would read it after the write: the caller reads
     * every row of each entity the selection reaches (no rule's subquery to evaluate), and no relation in it leads
     * back to the written entity, because a statement's subqueries see the tables as they were before its write.
     */
    public static boolean readsBack(Entity written, Selection selection, Access access) {
        if (access.rows(selection.entity(), DSL.table(DSL.name(SchemaNames.table(selection.entity()))))
                != DSL.noCondition()) {
            return false;
        }
        for (Member member : selection.members()) {
            Entity target = member instanceof Member.ToMany many ? many.target()
                    : member instanceof Member.ToOne one && selection.expanded().containsKey(one.name()) ? one.target()
                    : null;
            if (target != null && target.name().equals(written.name())) {
                return false;
            }
        }
        return selection.expanded().values().stream().allMatch(nested -> readsBack(written, nested, access));
    }

    /**
     * The statement that runs {@code write}, an INSERT or UPDATE of one row of {@code entity} returning all its
     * columns ({@code returning *}), and reads that row as {@link #row} does. Only where {@link #readsBack}.
     */
    @SuppressWarnings("unchecked")
    public ReadBack readBack(Entity entity, ResultQuery<?> write, Selection selection, Access access) {
        Aliases aliases = new Aliases();
        Name written = DSL.name("written");
        Table<?> root = DSL.table(written).as(aliases.name());
        RowColumns columns = RowColumns.of(selection, root, new RowJson(access, aliases));
        ResultQuery<Record> query = db.with(written.as((ResultQuery<Record>) write))
                .select(withVersion(columns, root))
                .from(root);
        return new ReadBack(query, rowReader(columns));
    }

    /** The JSON array of the rows with these ids, in the order of {@code ids}. */
    public String rows(Entity entity, List<UUID> ids, Selection selection, Access access) {
        Aliases aliases = new Aliases();
        Table<?> root = aliases.of(entity);
        RowColumns columns = RowColumns.of(selection, root, new RowJson(access, aliases));
        Field<Integer> position = DSL.function("array_position", Integer.class,
                DSL.val(ids.toArray(UUID[]::new)), RowJson.id(root));
        ResultQuery<? extends Record> query = db.select(columns.fields())
                .from(root)
                .where(RowJson.id(root).in(ids))
                .and(access.rows(entity, root))
                .orderBy(position);
        return RenderedStatements.read(query, rows -> {
            StringBuilder data = new StringBuilder(1024).append('[');
            while (rows.next()) {
                if (data.length() > 1) {
                    data.append(',');
                }
                columns.write(rows, 1, data);
            }
            return data.append(']').toString();
        });
    }
}
