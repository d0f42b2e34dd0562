package dev.plinth.query.read;

import dev.plinth.query.Access;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The SQL of single-row reads, rendered once per entity, selection and {@linkplain Access#statementKey() access}
 * and then only bound: rendering a row's statement (a JSON object of every member, a subquery for each relation)
 * was the largest part of the CPU a read by id costs in Plinth. The row's id is the one value that differs between
 * two reads of one key; it is bound in the slot where the rendered statement has it, every other bind value is the
 * one the access gave when the statement was rendered (the key says they are equal). Per model version (the cache
 * lives in its {@link ReadQueries}); at most {@link #CAPACITY} statements, emptied when full.
 */
final class RenderedRows {

    static final int CAPACITY = 1_000;
    /** The name of the row id's parameter, by which its slot is found. */
    static final String ROW_ID = "plinth_row_id";

    record Key(String entity, String selection, Object access) {
    }

    /** A statement's text and its parameters in order, the row id's at {@code idSlot}. */
    record Rendered(String sql, List<Param<?>> params, int idSlot) {

        Object[] bindings(UUID id) {
            Object[] bindings = params.toArray();
            bindings[idSlot] = DSL.val(id, SQLDataType.UUID);
            return bindings;
        }
    }

    private final Map<Key, Rendered> statements = new ConcurrentHashMap<>();

    Rendered get(Key key) {
        return statements.get(key);
    }

    /**
     * Renders {@code query} and keeps it under {@code key}, with its bound parameters in the order of its {@code ?}
     * (inline values are part of the text), if its row id parameter is bound exactly once.
     */
    void put(Key key, DSLContext db, Query query) {
        List<Param<?>> params = new ArrayList<>();
        int slot = -1;
        for (Map.Entry<String, Param<?>> param : db.extractParams(query).entrySet()) {
            if (param.getValue().isInline()) {
                continue;
            }
            if (ROW_ID.equals(param.getKey())) {
                if (slot >= 0) {
                    return;
                }
                slot = params.size();
            }
            params.add(param.getValue());
        }
        if (slot < 0) {
            return;
        }
        if (statements.size() >= CAPACITY) {
            statements.clear();
        }
        statements.put(key, new Rendered(db.render(query), List.copyOf(params), slot));
    }

    int size() {
        return statements.size();
    }
}
