package dev.plinth.query.write;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.model.Action;
import dev.plinth.model.Entity;
import dev.plinth.query.Access;
import dev.plinth.query.ColumnTypes;
import dev.plinth.query.Member;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.QueryException;
import dev.plinth.query.QueryException.FieldError;
import dev.plinth.query.QueryException.Kind;
import dev.plinth.query.RenderedStatements;
import dev.plinth.query.read.ReadQueries;
import dev.plinth.query.read.RowResult;
import dev.plinth.query.read.Selection;
import dev.plinth.model.type.Uuids;
import dev.plinth.schema.SchemaNames;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.JSONB;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Runs checked writes in one transaction each, or as one statement when that is all a write is (see {@link #alone}):
 * a batch of creates is all or nothing. Plinth keeps {@code version},
 * {@code createdAt}, {@code updatedAt}, {@code createdBy} and {@code updatedBy}; an update or delete given the
 * version the caller read changes nothing when the row has moved on.
 */
public final class Writes {

    private static final Field<UUID> ID = field(name(SchemaNames.ID), SQLDataType.UUID);
    private static final Field<Integer> VERSION = field(name(SchemaNames.VERSION), SQLDataType.INTEGER);
    private static final Field<OffsetDateTime> UPDATED_AT = field(name(SchemaNames.UPDATED_AT), SQLDataType.OFFSETDATETIME);
    private static final Field<UUID> CREATED_BY = field(name(SchemaNames.CREATED_BY), SQLDataType.UUID);
    private static final Field<UUID> UPDATED_BY = field(name(SchemaNames.UPDATED_BY), SQLDataType.UUID);
    private static final Field<UUID> SOURCE = field(name(SchemaNames.SOURCE_ID), SQLDataType.UUID);
    private static final Field<UUID> TARGET = field(name(SchemaNames.TARGET_ID), SQLDataType.UUID);

    private final DSLContext db;
    private final Constraints constraints;
    private final RenderedStatements statements = new RenderedStatements();

    public Writes(DSLContext db, ModelIndex index) {
        this.db = db;
        this.constraints = new Constraints(index);
    }

    /** Creates the rows, all or none; returns their new ids in order. */
    public List<UUID> create(Entity entity, List<RowValues> rows, UUID actor, Access access, boolean batch) {
        if (!batch && rows.size() == 1 && alone(entity, Action.CREATE, rows.get(0), access)) {
            UUID id = Uuids.timeOrdered();
            Statement insert = insert(entity, id, rows.get(0), actor);
            if (write(entity, insert, access) == 1) {
                return List.of(id);
            }
            // A reference to a row that is not there, or not the caller's to see: the full path says which.
        }
        return createInTransaction(entity, rows, actor, access, batch);
    }

    /** The full path of a create: references checked, rows inserted, links written, rules checked, in a transaction. */
    private List<UUID> createInTransaction(Entity entity, List<RowValues> rows, UUID actor, Access access,
                                           boolean batch) {
        return translate(entity, batch, false, () -> db.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            checkReferences(tx, rows, access, batch);
            Table<?> table = table(name(SchemaNames.table(entity)));
            List<UUID> ids = new ArrayList<>();
            for (RowValues row : rows) {
                UUID id = Uuids.timeOrdered();
                InsertSetMoreStep<?> insert = tx.insertInto(table).set(ID, id).set(CREATED_BY, actor).set(UPDATED_BY, actor);
                for (Map.Entry<Member, Object> column : row.columns().entrySet()) {
                    if (column.getValue() != RowValues.DEFAULT) {
                        insert = insert.set(column(column.getKey()), bindable(column.getValue()));
                    }
                }
                insert.execute();
                writeLinks(tx, id, row, false);
                check(tx, entity, Action.CREATE, id, access);
                ids.add(id);
            }
            return ids;
        }));
    }

    /**
     * Updates the row: the columns and links in {@code values}, one more version. Throws NOT_FOUND when there is no
     * such row the caller may see, STALE when {@code expectedVersion} is given and is not the row's version.
     */
    public void update(Entity entity, UUID id, RowValues values, Integer expectedVersion, UUID actor, Access access) {
        if (alone(entity, Action.UPDATE, values, access)) {
            Statement update = update(entity, id, values, expectedVersion, actor, true);
            int updated = write(entity, update, access);
            if (updated == 1) {
                return;
            }
            // No such row, another version, not the caller's to change, or a reference to a row that is not there:
            // the full path says which.
        }
        updateInTransaction(entity, id, values, expectedVersion, actor, access);
    }

    /** The full path of an update, in a transaction: it says why a row it cannot update was not updated. */
    private void updateInTransaction(Entity entity, UUID id, RowValues values, Integer expectedVersion, UUID actor,
                                     Access access) {
        translate(entity, false, false, () -> db.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            checkReferences(tx, List.of(values), access, false);
            int updated = update(entity, id, values, expectedVersion, actor, false).build(tx, access).query().execute();
            if (updated == 0) {
                throw missingOrStale(tx, entity, id, expectedVersion, Action.UPDATE, access);
            }
            writeLinks(tx, id, values, true);
            check(tx, entity, Action.UPDATE, id, access);
            return id;
        }));
    }

    /**
     * Creates one row and returns it as the caller reads it with {@code selection}. A row written alone (see {@link
     * #alone}) that {@link ReadQueries#readsBack} is written and read in one statement; any other is created, then
     * read.
     */
    public Created createAndRead(Entity entity, RowValues row, UUID actor, Access access, Selection selection,
                                 ReadQueries reads) {
        boolean oneStatement = alone(entity, Action.CREATE, row, access)
                && ReadQueries.readsBack(entity, selection, access);
        if (oneStatement) {
            UUID id = Uuids.timeOrdered();
            Optional<RowResult> created = writeAndRead(entity, insert(entity, id, row, actor), access, selection,
                    reads);
            if (created.isPresent()) {
                return new Created(id, created.get());
            }
        }
        // After a lone INSERT that inserted nothing (a reference to a row that is not there, or not the caller's to
        // see), the full path says which, without trying the lone INSERT again.
        UUID id = (oneStatement ? createInTransaction(entity, List.of(row), actor, access, false)
                : create(entity, List.of(row), actor, access, false)).get(0);
        return new Created(id, reads.row(entity, id, selection, access).orElseThrow(() -> notFound(entity, id)));
    }

    /** A created row's id and the row as its creator reads it. */
    public record Created(UUID id, RowResult row) {
    }

    /**
     * Updates the row as {@link #update} does and returns it as the caller reads it with {@code selection}: in one
     * statement where {@link #createAndRead} would create in one.
     */
    public RowResult updateAndRead(Entity entity, UUID id, RowValues values, Integer expectedVersion, UUID actor,
                                   Access access, Selection selection, ReadQueries reads) {
        boolean oneStatement = alone(entity, Action.UPDATE, values, access)
                && ReadQueries.readsBack(entity, selection, access);
        if (oneStatement) {
            Optional<RowResult> updated = writeAndRead(entity,
                    update(entity, id, values, expectedVersion, actor, true), access, selection, reads);
            if (updated.isPresent()) {
                return updated.get();
            }
            updateInTransaction(entity, id, values, expectedVersion, actor, access);
        } else {
            update(entity, id, values, expectedVersion, actor, access);
        }
        return reads.row(entity, id, selection, access).orElseThrow(() -> notFound(entity, id));
    }

    /**
     * Runs {@code statement} returning the row it writes, read with {@code selection} in the same statement; kept
     * rendered as {@link #write} keeps statements. Empty when it wrote no row.
     */
    private Optional<RowResult> writeAndRead(Entity entity, Statement statement, Access access, Selection selection,
                                             ReadQueries reads) {
        RenderedStatements.Key key = RenderedStatements.Key.of(entity.name(),
                statement.shape() + "\nreturning " + selection.signature(), access);
        RenderedStatements.Rendered rendered = key == null ? null : statements.get(key);
        return translate(entity, false, false, () -> {
            if (rendered != null) {
                return rendered.query(db, statement.variables());
            }
            Built built = statement.build(db, access, true);
            ReadQueries.ReadBack back = reads.readBack(entity, (ResultQuery<?>) built.query(), selection, access);
            if (key != null) {
                statements.put(key, db, back.query(), built.params(), back.reader());
            }
            return back.run();
        });
    }

    /** Deletes the row; NOT_FOUND and STALE as for {@link #update}. */
    public void delete(Entity entity, UUID id, Integer expectedVersion, Access access) {
        translate(entity, false, true, () -> db.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            Table<?> table = table(name(SchemaNames.table(entity)));
            int deleted = tx.deleteFrom(table).where(ID.eq(id))
                    .and(expectedVersion == null ? DSL.noCondition() : VERSION.eq(expectedVersion))
                    .and(access.rows(entity, Action.DELETE, table))
                    .execute();
            if (deleted == 0) {
                throw missingOrStale(tx, entity, id, expectedVersion, Action.DELETE, access);
            }
            return id;
        }));
    }

    /**
     * A write statement as its shape (everything that makes its text: the columns it writes, which values are null,
     * the tables its references are checked in) and its variables (the values that differ between two writes of one
     * shape), in the order {@link #build} binds them; {@code build} makes the jOOQ statement from them.
     */
    private record Statement(String shape, List<Object> variables, StatementBuilder builder) {

        Built build(DSLContext sql, Access access) {
            return build(sql, access, false);
        }

        Built build(DSLContext sql, Access access, boolean returning) {
            List<Param<?>> params = new ArrayList<>();
            return new Built(builder.build(sql, access, params, returning), params);
        }
    }

    private interface StatementBuilder {
        /**
         * The statement, each variable bound as a parameter added to {@code params} in the variables' order; with
         * {@code returning}, it returns every column of the rows it writes.
         */
        Query build(DSLContext sql, Access access, List<Param<?>> params, boolean returning);
    }

    private record Built(Query query, List<Param<?>> params) {
    }

    /**
     * Runs {@code statement} through the statement rendered for the first write of its shape and the caller's access
     * (see {@link RenderedStatements}), binding only its variables, or builds, renders and keeps it.
     */
    private int write(Entity entity, Statement statement, Access access) {
        RenderedStatements.Key key = RenderedStatements.Key.of(entity.name(), statement.shape(), access);
        RenderedStatements.Rendered rendered = key == null ? null : statements.get(key);
        return translate(entity, false, false, () -> {
            if (rendered != null) {
                return rendered.execute(db, statement.variables());
            }
            Built built = statement.build(db, access);
            if (key != null) {
                statements.put(key, db, built.query(), built.params());
            }
            return built.query().execute();
        });
    }

    /** The INSERT of one row, only if every row it points to is one the caller may see. */
    private static Statement insert(Entity entity, UUID id, RowValues row, UUID actor) {
        List<Field<Object>> columns = new ArrayList<>(List.of(typed(SchemaNames.ID, SQLDataType.UUID),
                typed(SchemaNames.CREATED_BY, SQLDataType.UUID), typed(SchemaNames.UPDATED_BY, SQLDataType.UUID)));
        List<Object> variables = new ArrayList<>(java.util.Arrays.asList(id, actor, actor));
        StringBuilder shape = new StringBuilder("insert");
        for (Map.Entry<Member, Object> column : row.columns().entrySet()) {
            if (column.getValue() != RowValues.DEFAULT) {
                Field<Object> target = column(column.getKey());
                Object value = bindable(column.getValue());
                columns.add(target);
                variables.add(value);
                shape.append('\n').append(target.getName()).append(value == null ? " null" : "");
            }
        }
        Map<Entity, List<RowValidator.ReferenceUse>> references = RowValidator.references(List.of(row));
        int valueCount = variables.size();
        references(references, shape, variables);
        return new Statement(shape.toString(), variables, (sql, caller, params, returning) -> {
            List<Field<?>> values = new ArrayList<>();
            for (int i = 0; i < valueCount; i++) {
                Param<Object> value = DSL.val(variables.get(i), columns.get(i).getDataType());
                params.add(value);
                values.add(value);
            }
            var insert = sql.insertInto(table(name(SchemaNames.table(entity)))).columns(columns)
                    .select(DSL.select(values).where(referencesVisible(references, caller, params)));
            return returning ? insert.returning(DSL.asterisk()) : insert;
        });
    }

    /**
     * The UPDATE of a row's columns, one more version, where the row is one the caller may change (at the version
     * expected, if one is) and, with {@code checkReferences}, every row it points to is one the caller may see.
     */
    private static Statement update(Entity entity, UUID id, RowValues values, Integer expectedVersion, UUID actor,
                                    boolean checkReferences) {
        List<Object> variables = new ArrayList<>();
        variables.add(actor);
        StringBuilder shape = new StringBuilder("update");
        List<Field<Object>> targets = new ArrayList<>();
        for (Map.Entry<Member, Object> column : values.columns().entrySet()) {
            Field<Object> target = column(column.getKey());
            targets.add(target);
            shape.append('\n').append(target.getName());
            if (column.getValue() == RowValues.DEFAULT) {
                shape.append(" default");
            } else {
                Object value = bindable(column.getValue());
                variables.add(value);
                shape.append(value == null ? " null" : "");
            }
        }
        variables.add(id);
        if (expectedVersion != null) {
            variables.add(expectedVersion);
            shape.append("\nat version");
        }
        Map<Entity, List<RowValidator.ReferenceUse>> references = checkReferences
                ? RowValidator.references(List.of(values)) : Map.of();
        references(references, shape, variables);
        return new Statement(shape.toString(), variables, (sql, access, params, returning) -> {
            Table<?> table = table(name(SchemaNames.table(entity)));
            Map<Field<?>, Object> changes = new java.util.LinkedHashMap<>();
            changes.put(VERSION, VERSION.plus(1));
            changes.put(UPDATED_AT, DSL.currentOffsetDateTime());
            changes.put(UPDATED_BY, bound(params, actor, SQLDataType.UUID));
            Iterator<Object> value = variables.subList(1, variables.size()).iterator();
            for (Map.Entry<Member, Object> column : values.columns().entrySet()) {
                Field<Object> target = column(column.getKey());
                changes.put(target, column.getValue() == RowValues.DEFAULT ? DSL.defaultValue(target)
                        : bound(params, value.next(), target.getDataType()));
            }
            var update = sql.update(table).set(changes)
                    .where(ID.eq(bound(params, id, SQLDataType.UUID)))
                    .and(expectedVersion == null ? DSL.noCondition()
                            : VERSION.eq(bound(params, expectedVersion, SQLDataType.INTEGER)))
                    .and(access.rows(entity, Action.UPDATE, table))
                    .and(referencesVisible(references, access, params));
            return returning ? update.returning(DSL.asterisk()) : update;
        });
    }

    /** A parameter for {@code value}, added to {@code params}. */
    @SuppressWarnings("unchecked")
    private static <T> Param<T> bound(List<Param<?>> params, Object value, org.jooq.DataType<T> type) {
        Param<T> param = DSL.val((T) value, type);
        params.add(param);
        return param;
    }

    /** The shape and the variables of a statement's check of the rows it points to. */
    private static void references(Map<Entity, List<RowValidator.ReferenceUse>> references, StringBuilder shape,
                                   List<Object> variables) {
        references.forEach((target, uses) -> {
            shape.append("\nreferences ").append(target.name()).append(' ').append(uses.size());
            uses.forEach(use -> variables.add(use.id()));
        });
    }

    /**
     * Whether the write of {@code row} can be one statement, in no transaction of its own: no links to write, no
     * check of the caller's rule to make after it, and its references verified inside the statement ({@link
     * #referencesVisible}). That saves the transaction's round trips and the separate check of the references; when
     * the statement changes nothing, the full path runs and says why.
     */
    private static boolean alone(Entity entity, Action action, RowValues row, Access access) {
        // A create's empty list of links writes nothing; an update's (a PUT without the field) removes the links.
        boolean links = action == Action.CREATE ? row.links().values().stream().anyMatch(ids -> !ids.isEmpty())
                : !row.links().isEmpty();
        return !links && access.check(entity, action, table(name(SchemaNames.table(entity)))) == DSL.noCondition();
    }

    /**
     * That every row a write points to exists and is one the caller may see, as a condition of its statement; each id
     * bound as a parameter added to {@code params}.
     */
    private static Condition referencesVisible(Map<Entity, List<RowValidator.ReferenceUse>> references, Access access,
                                               List<Param<?>> params) {
        Condition visible = DSL.noCondition();
        for (Map.Entry<Entity, List<RowValidator.ReferenceUse>> uses : references.entrySet()) {
            Table<?> target = table(name(SchemaNames.table(uses.getKey())));
            for (RowValidator.ReferenceUse use : uses.getValue()) {
                visible = visible.and(DSL.exists(DSL.selectOne().from(target)
                        .where(ID.eq(bound(params, use.id(), SQLDataType.UUID)))
                        .and(access.rows(uses.getKey(), target))));
            }
        }
        return visible;
    }

    /**
     * Why an update or delete touched no row: none the caller may see (404), one it may see but not change (403), or
     * one at another version than the caller read (412).
     */
    private static QueryException missingOrStale(DSLContext tx, Entity entity, UUID id, Integer expectedVersion,
                                                 Action action, Access access) {
        Table<?> table = table(name(SchemaNames.table(entity)));
        Integer version = tx.select(VERSION).from(table).where(ID.eq(id)).and(access.rows(entity, table))
                .fetchOne(VERSION);
        if (version == null) {
            return notFound(entity, id);
        }
        boolean allowed = tx.fetchExists(tx.selectOne().from(table).where(ID.eq(id))
                .and(access.rows(entity, action, table)));
        if (!allowed) {
            return new QueryException(Kind.FORBIDDEN, "permission.row", "you may not " + action.json() + " this "
                    + entity.name());
        }
        return new QueryException(Kind.STALE, "version.stale", "the " + entity.name() + " changed since it was read"
                + (expectedVersion == null ? "" : " at version " + expectedVersion) + ": it is at version " + version
                + " now; read it again and reapply your change");
    }

    /** Undoes the write (by throwing inside its transaction) when the row does not meet the caller's check. */
    private static void check(DSLContext tx, Entity entity, Action action, UUID id, Access access) {
        Table<?> table = table(name(SchemaNames.table(entity)));
        org.jooq.Condition check = access.check(entity, action, table);
        if (check == DSL.noCondition()) {
            return;
        }
        if (!tx.fetchExists(tx.selectOne().from(table).where(ID.eq(id)).and(check))) {
            throw new QueryException(Kind.FORBIDDEN, "permission.check", "the " + entity.name() + " would not meet"
                    + " the check of your role's rule, so it was not " + (action == Action.CREATE ? "created" : "changed"));
        }
    }

    public static QueryException notFound(Entity entity, UUID id) {
        return new QueryException(Kind.NOT_FOUND, "row.not-found", "there is no " + entity.name() + " with id " + id);
    }

    /** Every id a row points to must be a row of the target the caller may see. */
    private static void checkReferences(DSLContext tx, List<RowValues> rows, Access access, boolean batch) {
        List<FieldError> errors = new ArrayList<>();
        RowValidator.references(rows).forEach((target, uses) -> {
            Table<?> table = table(name(SchemaNames.table(target)));
            Set<UUID> wanted = new HashSet<>();
            uses.forEach(use -> wanted.add(use.id()));
            Set<UUID> found = new HashSet<>(tx.select(ID).from(table).where(ID.in(wanted))
                    .and(access.rows(target, table)).fetch(ID));
            for (RowValidator.ReferenceUse use : uses) {
                if (!found.contains(use.id())) {
                    errors.add(new FieldError((batch ? "[" + use.row() + "]." : "") + use.field(), "reference",
                            "there is no " + target.name() + " with id " + use.id()));
                }
            }
        });
        if (!errors.isEmpty()) {
            throw new QueryException(Kind.UNPROCESSABLE, "validation", "some values point to rows that do not exist",
                    errors);
        }
    }

    private static void writeLinks(DSLContext tx, UUID id, RowValues row, boolean replace) {
        for (Map.Entry<Member.ToMany, List<UUID>> links : row.links().entrySet()) {
            Table<?> junction = table(name(links.getKey().junction()));
            List<UUID> targets = links.getValue();
            if (replace) {
                tx.deleteFrom(junction).where(SOURCE.eq(id))
                        .and(targets.isEmpty() ? DSL.noCondition() : TARGET.notIn(targets)).execute();
            }
            if (!targets.isEmpty()) {
                var insert = tx.insertInto(junction, SOURCE, TARGET);
                var values = insert.values(id, targets.get(0));
                for (UUID target : targets.subList(1, targets.size())) {
                    values = values.values(id, target);
                }
                values.onConflictDoNothing().execute();
            }
        }
    }

    private static Field<Object> column(Member member) {
        if (member instanceof Member.Scalar scalar) {
            return typed(scalar.column(), ColumnTypes.of(scalar.field()));
        }
        return typed(((Member.ToOne) member).column(), SQLDataType.UUID);
    }

    @SuppressWarnings("unchecked")
    private static Field<Object> typed(String column, org.jooq.DataType<?> type) {
        return field(name(column), (org.jooq.DataType<Object>) type);
    }

    private static Object bindable(Object value) {
        return value instanceof JsonNode json ? JSONB.valueOf(json.toString()) : value;
    }

    private interface Work<T> {
        T run();
    }

    /** Runs a write, turning the database's refusals into errors that name the caller's fields. */
    private <T> T translate(Entity entity, boolean batch, boolean deleting, Work<T> work) {
        try {
            return work.run();
        } catch (DataAccessException e) {
            throw DatabaseRefusals.explain(e, entity, constraints, deleting);
        }
    }

}
