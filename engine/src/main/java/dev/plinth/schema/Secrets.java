package dev.plinth.schema;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.security.SecureRandom;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * Random secrets Plinth makes for itself and keeps in {@code plinth_secret}, so every instance on one database
 * shares them: the first to ask creates one, the others read it.
 */
public final class Secrets {

    private static final Table<Record> SECRET = table(name("plinth_secret"));
    private static final Field<String> NAME = field(name("name"), SQLDataType.VARCHAR);
    private static final Field<byte[]> VALUE = field(name("value"), SQLDataType.BLOB);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SIZE = 32;

    private final DSLContext db;

    public Secrets(DSLContext db) {
        this.db = db;
    }

    /** The secret named {@code name}: 32 random bytes, made on first use. */
    public byte[] get(String name) {
        byte[] fresh = new byte[SIZE];
        RANDOM.nextBytes(fresh);
        db.insertInto(SECRET, NAME, VALUE).values(name, fresh).onConflictDoNothing().execute();
        return db.select(VALUE).from(SECRET).where(NAME.eq(name)).fetchSingle(VALUE);
    }
}
