package dev.plinth.query.read;

import dev.plinth.query.Access;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The SQL of reads, rendered once per entity, shape and {@linkplain Access#statementKey() access} and then only
 * bound: rendering a read's statement (a JSON object of every member, a subquery for each relation) was the largest
 * part of the CPU a read costs in Plinth. Two shapes are kept:
 * <ul>
 *   <li>a row read by id: the id is the one value that differs between two reads of one key; it is bound in the slot
 *   where the rendered statement has it ({@link #ROW_ID});</li>
 *   <li>a list whose parameters settle every value of its statement ({@link ReadPlan#shape()}: no cursor, a filter
 *   without variables): it runs again exactly as it was rendered.</li>
 * </ul>
 * Every other bind value is the one the access gave when the statement was rendered (the key says they are equal).
 * Per model version (the cache lives in its {@link ReadQueries}); at most {@link #CAPACITY} statements, emptied when
 * full.
 *
 * <p>A statement whose values are all plain (text, numbers, booleans, UUIDs) runs on the JDBC connection directly,
 * without jOOQ: parsing the text back into a plain SQL query and its execution machinery were most of what was left
 * of a read's CPU outside the driver. Any other value binds through jOOQ.
 */
final class RenderedStatements {

    static final int CAPACITY = 1_000;
    /** The name of the row id's parameter, by which its slot is found. */
    static final String ROW_ID = "plinth_row_id";

    /** What the driver binds as it is, in the type PostgreSQL expects where the rendered statement has it. */
    private static final Set<Class<?>> PLAIN = Set.of(String.class, UUID.class, Integer.class, Long.class,
            Short.class, BigDecimal.class, Boolean.class, Double.class);

    record Key(String entity, String shape, Object access) {
    }

    /** Reads what a statement returned, positioned on its first row. */
    interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * A statement's text and its parameters in order, the row id's at {@code idSlot} (-1: none); {@code values} the
     * parameters' values when every one is {@linkplain #PLAIN plain} and not null, else {@code null}.
     */
    record Rendered(String sql, List<Param<?>> params, int idSlot, Object[] values) {

        /** The parameters for jOOQ, with {@code id} in the row id's slot. */
        Object[] bindings(UUID id) {
            Object[] bindings = params.toArray();
            if (idSlot >= 0) {
                bindings[idSlot] = DSL.val(id, SQLDataType.UUID);
            }
            return bindings;
        }

        /**
         * The first row the statement returns, read over the connection jOOQ would use (a transaction's, if one is
         * open), with {@code id} in the row id's slot. Only when {@link #plain()}.
         */
        <T> Optional<T> fetch(DSLContext db, UUID id, Reader<T> reader) {
            return db.connectionResult(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int i = 0; i < values.length; i++) {
                        statement.setObject(i + 1, i == idSlot ? id : values[i]);
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next() ? Optional.of(reader.read(rows)) : Optional.<T>empty();
                    }
                }
            });
        }

        boolean plain() {
            return values != null;
        }
    }

    private final Map<Key, Rendered> statements = new ConcurrentHashMap<>();

    Rendered get(Key key) {
        return statements.get(key);
    }

    /**
     * Renders {@code query} and keeps it under {@code key}, with its bound parameters in the order of its {@code ?}
     * (inline values are part of the text). With {@code byId}, only if its row id parameter is bound exactly once.
     */
    void put(Key key, DSLContext db, Query query, boolean byId) {
        List<Param<?>> params = new ArrayList<>();
        int slot = -1;
        for (Map.Entry<String, Param<?>> param : db.extractParams(query).entrySet()) {
            if (param.getValue().isInline()) {
                continue;
            }
            if (byId && ROW_ID.equals(param.getKey())) {
                if (slot >= 0) {
                    return;
                }
                slot = params.size();
            }
            params.add(param.getValue());
        }
        if (byId && slot < 0) {
            return;
        }
        if (statements.size() >= CAPACITY) {
            statements.clear();
        }
        statements.put(key, new Rendered(db.render(query), List.copyOf(params), slot, plainValues(params)));
    }

    private static Object[] plainValues(List<Param<?>> params) {
        Object[] values = new Object[params.size()];
        for (int i = 0; i < values.length; i++) {
            Object value = params.get(i).getValue();
            if (value == null || !PLAIN.contains(value.getClass())) {
                return null;
            }
            values[i] = value;
        }
        return values;
    }

    int size() {
        return statements.size();
    }
}
