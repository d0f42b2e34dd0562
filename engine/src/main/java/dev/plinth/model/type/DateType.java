package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A calendar date such as {@code 2024-05-31}, stored as {@code date}: years 1 to 9999, as RFC 3339 writes them
 * (PostgreSQL would give year 0 and earlier back with a {@code BC} suffix).
 */
public final class DateType implements FieldType {

    /** The range of years a date or datetime holds. */
    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;

    @Override
    public String name() {
        return "date";
    }

    @Override
    public String widget() {
        return "date";
    }

    @Override
    public Set<FieldOption> options() {
        return EnumSet.of(FieldOption.REQUIRED, FieldOption.UNIQUE, FieldOption.DEFAULT);
    }

    @Override
    public Optional<Column> column(Field field) {
        return Optional.of(Column.of(Storage.DATE));
    }

    @Override
    public Object read(JsonNode json, Field field) throws InvalidValueException {
        LocalDate date = null;
        try {
            if (json.isTextual() && json.textValue().length() == 10) {
                date = LocalDate.parse(json.textValue());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (date == null) {
            throw new InvalidValueException("type", "must be a date such as 2024-05-31");
        }
        if (date.getYear() < FIRST_YEAR) {
            throw new InvalidValueException("range", "must be a date from 0001-01-01 to 9999-12-31");
        }
        return date;
    }

    @Override
    public ObjectNode jsonSchema(Field field) {
        return JsonSchemas.of("string", "date");
    }

    @Override
    public Optional<Object> emptyValue(Field field) {
        return Optional.of(LocalDate.EPOCH);
    }
}
