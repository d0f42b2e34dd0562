package dev.plinth.query.read;

import static org.jooq.impl.DSL.field;

import dev.plinth.model.type.Storage;
import dev.plinth.query.ColumnTypes;
import dev.plinth.query.Member;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The members of a selection as the columns of a statement, and the row's JSON object written from them in Plinth.
 *
 * <p>Text is selected as it is stored and escaped here: PostgreSQL's own JSON escaping goes through a text value one
 * character at a time, and for a list of posts with their bodies it was more than half of what the statement cost
 * PostgreSQL. Timestamps are written here too, as {@code to_json} writes them. Every other value comes as its JSON
 * text already, in the form PostgreSQL's {@code json_build_object} writes it: numbers and JSON as they are stored,
 * decimals, dates and times through {@code to_json}, relations as the JSON of their correlated subqueries (see {@link
 * RowJson}). So a row reads the same whichever way it was written.
 */
final class RowColumns {

    /** How a column's value becomes JSON. */
    private enum Kind {
        /** Text, escaped into a JSON string. */
        TEXT,
        /** A UUID: its text needs no escaping. */
        UUID,
        /** A boolean. */
        BOOLEAN,
        /** A timestamp with time zone, written as PostgreSQL's {@code to_json} writes it. */
        TIMESTAMP,
        /** UUIDs separated by commas, or {@code null} for none: a JSON array of strings. */
        IDS,
        /** Text that is already JSON: numbers, JSON documents, {@code to_json} of dates and times, subqueries. */
        JSON
    }

    private final List<Field<?>> fields;
    private final Kind[] kinds;
    /** {@code "name":}, with the comma before every key but the first. */
    private final String[] keys;

    private RowColumns(List<Field<?>> fields, Kind[] kinds, String[] keys) {
        this.fields = fields;
        this.kinds = kinds;
        this.keys = keys;
    }

    /** The members of {@code selection} on the row of its entity aliased {@code alias}. */
    static RowColumns of(Selection selection, Table<?> alias, RowJson json) {
        List<Member> members = selection.members();
        List<Field<?>> fields = new ArrayList<>(members.size());
        Kind[] kinds = new Kind[members.size()];
        String[] keys = new String[members.size()];
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            StringBuilder key = new StringBuilder(i == 0 ? "" : ",");
            appendString(key, member.name());
            keys[i] = key.append(':').toString();
            if (member instanceof Member.Scalar scalar) {
                Field<Object> column = RowJson.column(alias, scalar.column(), ColumnTypes.of(scalar.field()));
                Storage storage = scalar.field().type().column(scalar.field()).orElseThrow().storage();
                kinds[i] = switch (storage) {
                    case VARCHAR, TEXT -> Kind.TEXT;
                    case UUID -> Kind.UUID;
                    case BOOLEAN -> Kind.BOOLEAN;
                    case TIMESTAMPTZ -> Kind.TIMESTAMP;
                    case INTEGER, BIGINT, JSONB, NUMERIC, DATE, TIME -> Kind.JSON;
                };
                // to_json: numeric's NaN quoted, dates and times in ISO 8601
                boolean written = storage == Storage.NUMERIC || storage == Storage.DATE || storage == Storage.TIME;
                fields.add(written ? field("to_json({0})", SQLDataType.JSON, column) : column);
            } else if (member instanceof Member.ToOne one && !selection.expanded().containsKey(one.name())) {
                fields.add(RowJson.uuid(alias, one.column()));
                kinds[i] = Kind.UUID;
            } else if (member instanceof Member.ToMany many && !selection.expanded().containsKey(many.name())) {
                fields.add(json.idList(many, alias));
                kinds[i] = Kind.IDS;
            } else {
                fields.add(field("{0}", SQLDataType.JSON, json.value(selection, member, alias)));
                kinds[i] = Kind.JSON;
            }
        }
        return new RowColumns(List.copyOf(fields), kinds, keys);
    }

    /** The columns to select, in the order {@link #write} reads them. */
    List<Field<?>> fields() {
        return fields;
    }

    /** How many columns {@link #fields} are. */
    int size() {
        return fields.size();
    }

    /** Appends the JSON object of {@code row}, whose columns from {@code first} (1-based) are {@link #fields}. */
    void write(ResultSet row, int first, StringBuilder out) throws SQLException {
        out.append('{');
        for (int i = 0; i < kinds.length; i++) {
            out.append(keys[i]);
            int column = first + i;
            if (kinds[i] == Kind.BOOLEAN) {
                boolean value = row.getBoolean(column);
                out.append(row.wasNull() ? "null" : value ? "true" : "false");
                continue;
            }
            if (kinds[i] == Kind.TIMESTAMP) {
                OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
                if (value == null) {
                    out.append("null");
                } else {
                    appendTimestamp(out, value);
                }
                continue;
            }
            String value = row.getString(column);
            if (kinds[i] == Kind.IDS) {
                appendIds(out, value);
            } else if (value == null) {
                out.append("null");
            } else if (kinds[i] == Kind.TEXT) {
                appendString(out, value);
            } else if (kinds[i] == Kind.UUID) {
                out.append('"').append(value).append('"');
            } else {
                out.append(value);
            }
        }
        out.append('}');
    }

    /**
     * Appends {@code text} as a JSON string, escaped as PostgreSQL escapes it: quote, backslash and control
     * characters; nothing else (not {@code /}, not characters beyond ASCII).
     */
    static void appendString(StringBuilder out, String text) {
        out.append('"');
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(text, from, i);
            from = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append(text, from, text.length()).append('"');
    }

    /** Appends the UUIDs in {@code ids} (separated by commas; empty for none) as a JSON array of strings. */
    private static void appendIds(StringBuilder out, String ids) {
        out.append('[');
        if (ids != null && !ids.isEmpty()) {
            out.append('"');
            for (int i = 0; i < ids.length(); i++) {
                char c = ids.charAt(i);
                if (c == ',') {
                    out.append("\",\"");
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
        out.append(']');
    }

    /**
     * Appends {@code time} as a JSON string the way PostgreSQL's {@code to_json} writes a {@code timestamptz}: ISO
     * 8601 with a {@code T}, the fraction of a second only as far as it has digits, the offset as {@code +hh:mm};
     * years before 1 with {@code BC} (year 0 is 1 BC), and {@code infinity}.
     */
    static void appendTimestamp(StringBuilder out, OffsetDateTime time) {
        if (time.equals(OffsetDateTime.MAX) || time.equals(OffsetDateTime.MIN)) {
            out.append(time.equals(OffsetDateTime.MAX) ? "\"infinity\"" : "\"-infinity\"");
            return;
        }
        int year = time.getYear();
        out.append('"');
        pad(out, year > 0 ? year : 1 - year, 4).append('-');
        pad(out, time.getMonthValue(), 2).append('-');
        pad(out, time.getDayOfMonth(), 2).append('T');
        pad(out, time.getHour(), 2).append(':');
        pad(out, time.getMinute(), 2).append(':');
        pad(out, time.getSecond(), 2);
        int micros = time.getNano() / 1000;
        if (micros > 0) {
            int digits = 6;
            while (micros % 10 == 0) {
                micros /= 10;
                digits--;
            }
            pad(out.append('.'), micros, digits);
        }
        int offset = time.getOffset().getTotalSeconds();
        out.append(offset < 0 ? '-' : '+');
        offset = Math.abs(offset);
        pad(out, offset / 3600, 2).append(':');
        pad(out, offset / 60 % 60, 2);
        if (offset % 60 != 0) {
            pad(out.append(':'), offset % 60, 2);
        }
        out.append(year > 0 ? "\"" : " BC\"");
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
}
