package dev.plinth.query;

import dev.plinth.model.Field;
import dev.plinth.model.type.Column;
import org.jooq.DataType;
import org.jooq.impl.SQLDataType;

/** The jOOQ data type of each storage kind, so values are bound with their real SQL types. */
public final class ColumnTypes {

    private ColumnTypes() {
    }

    public static DataType<?> of(Column column) {
        return switch (column.storage()) {
            case VARCHAR -> SQLDataType.VARCHAR(column.length());
            case TEXT -> SQLDataType.CLOB;
            case INTEGER -> SQLDataType.INTEGER;
            case BIGINT -> SQLDataType.BIGINT;
            case NUMERIC -> SQLDataType.NUMERIC(column.precision(), column.scale());
            case BOOLEAN -> SQLDataType.BOOLEAN;
            case DATE -> SQLDataType.LOCALDATE;
            case TIMESTAMPTZ -> SQLDataType.OFFSETDATETIME;
            case TIME -> SQLDataType.LOCALTIME;
            case UUID -> SQLDataType.UUID;
            case JSONB -> SQLDataType.JSONB;
        };
    }

    /** The data type of a field stored in a column (every type but references). */
    public static DataType<?> of(Field field) {
        return of(field.type().column(field).orElseThrow(() ->
                new IllegalArgumentException(field.name() + " is not stored in a column")));
    }
}
