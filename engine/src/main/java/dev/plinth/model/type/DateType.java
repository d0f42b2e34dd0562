package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** A calendar date such as {@code 2024-05-31}, stored as {@code date}. */
public final class DateType implements FieldType {

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
        try {
            if (json.isTextual() && json.textValue().length() == 10) {
                return LocalDate.parse(json.textValue());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new InvalidValueException("type", "must be a date such as 2024-05-31");
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
