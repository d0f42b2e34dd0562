package dev.plinth.query;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.postgresql.PGStatement;

/**
 * Statements rendered once per entity, shape and {@linkplain Access#statementKey() access} and then only bound:
 * rendering a statement with jOOQ (a read's JSON object of every member and a subquery for each relation, a write's
 * columns) was the largest part of the CPU a request costs in Plinth outside the driver. The shape says everything
 * that makes the statement's text, and which of its values vary: those are its variables (a row's id, a write's
 * values), bound anew each time in the slots where the rendered statement has them. Every other value is the one
 * given when it was rendered, which the key says is the same (the access's rules, a list's filter and page). At
 * most {@link #CAPACITY} statements, emptied when full; one cache per model version.
 *
 * <p>A statement whose values are all plain (text, numbers, booleans, UUIDs, timestamps and dates) runs on the JDBC
 * connection directly, without jOOQ, which would parse the text back into a plain SQL query; any other value binds
 * through jOOQ with the type it was rendered with.
 *
 * <p>Each statement is {@linkplain Planning planned} once or for each run.
 */
public final class RenderedStatements {

    static final int CAPACITY = 1_000;

    /** What the driver binds as it is, in the type PostgreSQL expects where the rendered statement has it. */
    private static final Set<Class<?>> PLAIN = Set.of(String.class, UUID.class, Integer.class, Long.class,
            Short.class, BigDecimal.class, Boolean.class, Double.class, OffsetDateTime.class, LocalDate.class);

    /** How PostgreSQL plans a statement that runs again and again. */
    public enum Planning {
        /**
         * Once: after its fifth run the driver keeps the statement prepared and PostgreSQL keeps a generic plan, one
         * for any values. Right for a statement whose planning costs more than picking the plan for the values would
         * save: a row by id, a page of rows.
         */
        ONCE,
        /**
         * For the values of each run: the driver sends the statement unnamed, and PostgreSQL plans it for them. Right
         * for a small statement whose best plan depends on its values: a count, which reads every matching row, and
         * reads a common value's many rows faster through another index than a rare value's few.
         */
        EACH_RUN;

        /** Has the driver send the statements jOOQ runs unnamed, for {@link #EACH_RUN}. */
        private static final ExecuteListenerProvider UNNAMED = () -> new ExecuteListener() {
            @Override
            public void prepareEnd(ExecuteContext ctx) {
                try {
                    unnamed(ctx.statement());
                } catch (SQLException e) {
                    throw new DataAccessException("Preparing " + ctx.sql(), e);
                }
            }
        };

        private static void unnamed(PreparedStatement statement) throws SQLException {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }

        private void prepare(PreparedStatement statement) throws SQLException {
            if (this == EACH_RUN) {
                unnamed(statement);
            }
        }

        /** {@code db}, its statements planned this way. */
        private DSLContext on(DSLContext db) {
            return this == ONCE ? db : db.configuration().deriveAppending(UNNAMED).dsl();
        }
    }

    public record Key(String entity, String shape, Object access) {

        /** The key of {@code entity}'s statement of this shape for {@code access}; {@code null} when it gives none. */
        public static Key of(String entity, String shape, Access access) {
            Object accessKey = access.statementKey();
            return accessKey == null ? null : new Key(entity, shape, accessKey);
        }
    }

    /** Reads the rows a statement returned, from before the first. */
    public interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * A statement's text and its parameters in order, {@code values} their values as rendered; {@code slots[i]} is the
     * position of variable {@code i}; {@code fixedPlain} whether every parameter that is not a variable is plain;
     * {@code reader} what reads the rows of a statement that returns rows ({@code null} for others); {@code planning}
     * how PostgreSQL plans it.
     */
    public record Rendered(String sql, List<Param<?>> params, Object[] values, int[] slots, boolean fixedPlain,
                           Reader<?> reader, Planning planning) {

        /** Whether the statement can run on the connection with these values of its variables. */
        public boolean plain(List<?> variables) {
            return fixedPlain && variables.stream().allMatch(RenderedStatements::isPlain);
        }

        /** The parameters for jOOQ, each variable's value typed as the one it was rendered with. */
        public Object[] bindings(List<?> variables) {
            Object[] bindings = params.toArray();
            for (int i = 0; i < slots.length; i++) {
                bindings[slots[i]] = DSL.val(variables.get(i), params.get(slots[i]).getDataType());
            }
            return bindings;
        }

        /**
         * What the statement's reader reads from the rows it returns with these values of its variables, over the
         * connection jOOQ would use (a transaction's, if one is open): on that connection directly when {@link
         * #plain}, otherwise bound through jOOQ.
         */
        public <T> T query(DSLContext db, List<?> variables) {
            @SuppressWarnings("unchecked")
            Reader<T> rows = (Reader<T>) reader;
            if (!plain(variables)) {
                return read(planning.on(db).resultQuery(sql, bindings(variables)), rows);
            }
            return db.connectionResult(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    planning.prepare(statement);
                    bind(statement, variables);
                    try (ResultSet result = statement.executeQuery()) {
                        return rows.read(result);
                    }
                }
            });
        }

        /**
         * Runs the statement with these values of its variables, over the connection jOOQ would use, as {@link
         * #query} does: how many rows it changed.
         */
        public int execute(DSLContext db, List<?> variables) {
            if (!plain(variables)) {
                return planning.on(db).execute(sql, bindings(variables));
            }
            return db.connectionResult(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    planning.prepare(statement);
                    bind(statement, variables);
                    return statement.executeUpdate();
                }
            });
        }

        private void bind(PreparedStatement statement, List<?> variables) throws SQLException {
            Object[] bound = values.clone();
            for (int i = 0; i < slots.length; i++) {
                bound[slots[i]] = variables.get(i);
            }
            for (int i = 0; i < bound.length; i++) {
                statement.setObject(i + 1, bound[i]);
            }
        }
    }

    /** Runs {@code query} through jOOQ and reads its rows with {@code reader}. */
    public static <T> T read(ResultQuery<?> query, Reader<T> reader) {
        try (ResultSet rows = query.fetchResultSet()) {
            return reader.read(rows);
        } catch (SQLException e) {
            throw new DataAccessException("Reading " + query.getSQL(), e);
        }
    }

    /**
     * Runs {@code query}, built for this one run, on {@code db}, planned as {@code planning} says, and reads its rows
     * with {@code reader}.
     */
    public static <T> T read(DSLContext db, ResultQuery<?> query, Planning planning, Reader<T> reader) {
        query.attach(planning.on(db).configuration());
        return read(query, reader);
    }

    private final Map<Key, Rendered> statements = new ConcurrentHashMap<>();

    public Rendered get(Key key) {
        return statements.get(key);
    }

    /**
     * Renders {@code query} and keeps it under {@code key}, with its bound parameters in the order of its {@code ?}
     * (inline values are part of the text), if each of {@code variables} (parameters of {@code query}) is bound in
     * exactly one place.
     */
    public void put(Key key, DSLContext db, Query query, List<? extends Param<?>> variables) {
        put(key, db, query, variables, null, Planning.ONCE);
    }

    /** {@link #put(Key, DSLContext, Query, List)} for a statement that returns rows, which {@code reader} reads. */
    public void put(Key key, DSLContext db, Query query, List<? extends Param<?>> variables, Reader<?> reader) {
        put(key, db, query, variables, reader, Planning.ONCE);
    }

    /** {@link #put(Key, DSLContext, Query, List, Reader)} for a statement planned as {@code planning} says. */
    public void put(Key key, DSLContext db, Query query, List<? extends Param<?>> variables, Reader<?> reader,
                    Planning planning) {
        Map<Param<?>, Integer> variable = new IdentityHashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            variable.put(variables.get(i), i);
        }
        List<Param<?>> params = new ArrayList<>();
        int[] slots = new int[variables.size()];
        java.util.Arrays.fill(slots, -1);
        boolean fixedPlain = true;
        for (Param<?> param : db.extractParams(query).values()) {
            if (param.isInline()) {
                continue;
            }
            Integer index = variable.get(param);
            if (index != null) {
                if (slots[index] >= 0) {
                    return;
                }
                slots[index] = params.size();
            } else {
                fixedPlain &= isPlain(param.getValue());
            }
            params.add(param);
        }
        for (int slot : slots) {
            if (slot < 0) {
                return;
            }
        }
        if (statements.size() >= CAPACITY) {
            statements.clear();
        }
        Object[] values = params.stream().map(Param::getValue).toArray();
        statements.put(key, new Rendered(db.render(query), List.copyOf(params), values, slots, fixedPlain,
                reader, planning));
    }

    private static boolean isPlain(Object value) {
        return value != null && PLAIN.contains(value.getClass());
    }
}
