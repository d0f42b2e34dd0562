package dev.plinth.schema;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.plinth.model.JsonFiles;
import dev.plinth.model.ModelJson;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** Reads the applied model versions from {@code plinth_model_version}; they are written inside each apply. */
public final class ModelStore {

    static final Table<Record> MODEL_VERSION = table(name("plinth_model_version"));
    static final Field<Integer> VERSION = field(name("version"), SQLDataType.INTEGER);
    static final Field<JSONB> MODEL = field(name("model"), SQLDataType.JSONB);
    static final Field<String> HASH = field(name("hash"), SQLDataType.VARCHAR);
    static final Field<OffsetDateTime> APPLIED_AT = field(name("applied_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    static final Field<String> APPLIED_BY = field(name("applied_by"), SQLDataType.VARCHAR);
    static final Field<String> SUMMARY = field(name("summary"), SQLDataType.CLOB);

    private final DSLContext db;

    public ModelStore(DSLContext db) {
        this.db = db;
    }

    /** Whether Plinth's tables are there: not before the first apply or server start on this database. */
    public boolean exists() {
        return Boolean.TRUE.equals(db.fetchValue("select to_regclass(?) is not null", MODEL_VERSION.getName()));
    }

    /** The newest applied version, or {@link AppliedModel#none()} when nothing was applied yet. */
    public AppliedModel current() {
        return db.select(VERSION, MODEL, HASH, APPLIED_AT, APPLIED_BY, SUMMARY).from(MODEL_VERSION)
                .orderBy(VERSION.desc()).limit(1)
                .fetchOptional(ModelStore::toApplied)
                .orElseGet(AppliedModel::none);
    }

    /** The newest version number, cheaply, for noticing that another instance applied a model. */
    public int currentVersion() {
        Integer version = db.select(org.jooq.impl.DSL.max(VERSION)).from(MODEL_VERSION).fetchOne(0, Integer.class);
        return version == null ? 0 : version;
    }

    public Optional<AppliedModel> version(int version) {
        return db.select(VERSION, MODEL, HASH, APPLIED_AT, APPLIED_BY, SUMMARY).from(MODEL_VERSION)
                .where(VERSION.eq(version))
                .fetchOptional(ModelStore::toApplied);
    }

    /** Every applied version, newest first. */
    public List<AppliedModel> history() {
        return db.select(VERSION, MODEL, HASH, APPLIED_AT, APPLIED_BY, SUMMARY).from(MODEL_VERSION)
                .orderBy(VERSION.desc())
                .fetch(ModelStore::toApplied);
    }

    private static AppliedModel toApplied(Record record) {
        try {
            return new AppliedModel(record.get(VERSION),
                    ModelJson.readModel(JsonFiles.MAPPER.readTree(record.get(MODEL).data())),
                    record.get(HASH), record.get(APPLIED_AT), record.get(APPLIED_BY), record.get(SUMMARY));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored model version " + record.get(VERSION) + " is not valid JSON", e);
        }
    }
}
