package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A moment in time with its time zone offset, such as {@code 2024-05-31T14:30:00Z}, stored as
 * {@code timestamptz}. A plain date such as {@code 2024-05-31} means its midnight in UTC.
 */
public final class DateTimeType implements FieldType {

    @Override
    public String name() {
        return "datetime";
    }

    @Override
    public String widget() {
        return "datetime";
    }

    @Override
    public Set<FieldOption> options() {
        return EnumSet.of(FieldOption.REQUIRED, FieldOption.UNIQUE, FieldOption.DEFAULT);
    }

    @Override
    public Optional<Column> column(Field field) {
        return Optional.of(Column.of(Storage.TIMESTAMPTZ));
    }

    @Override
    public Object read(JsonNode json, Field field) throws InvalidValueException {
        if (json.isTextual() && json.textValue().length() <= 40) {
            String text = json.textValue();
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                try {
                    if (text.length() == 10) {
                        return java.time.LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
                    }
                    return Instant.parse(text).atOffset(ZoneOffset.UTC);
                } catch (DateTimeParseException again) {
                    // reported below
                }
            }
        }
        throw new InvalidValueException("type", "must be a date and time such as 2024-05-31T14:30:00Z");
    }

    @Override
    public ObjectNode jsonSchema(Field field) {
        return JsonSchemas.of("string", "date-time");
    }

    @Override
    public Optional<Object> emptyValue(Field field) {
        return Optional.of(OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC));
    }
}
