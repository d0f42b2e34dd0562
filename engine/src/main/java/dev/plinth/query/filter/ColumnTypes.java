package dev.plinth.query.filter;

import dev.plinth.model.type.Storage;
import org.jooq.DataType;
import org.jooq.impl.SQLDataType;

/** The jOOQ data type of each kind of column, so that bound values carry the column's type. */
final class ColumnTypes {

    private ColumnTypes() {
    }

    static DataType<?> of(Storage storage) {
        return switch (storage) {
            case VARCHAR -> SQLDataType.VARCHAR;
            case TEXT -> SQLDataType.CLOB;
            case INTEGER -> SQLDataType.INTEGER;
            case BIGINT -> SQLDataType.BIGINT;
            case NUMERIC -> SQLDataType.NUMERIC;
            case BOOLEAN -> SQLDataType.BOOLEAN;
            case DATE -> SQLDataType.LOCALDATE;
            case TIMESTAMPTZ -> SQLDataType.TIMESTAMPWITHTIMEZONE;
            case TIME -> SQLDataType.LOCALTIME;
            case UUID -> SQLDataType.UUID;
            case JSONB -> SQLDataType.JSONB;
        };
    }
}
