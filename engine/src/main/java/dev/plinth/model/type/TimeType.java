package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.model.Field;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** A time of day such as {@code 14:30} or {@code 14:30:15}, stored as {@code time}. */
public final class TimeType implements FieldType {

    @Override
    public String name() {
        return "time";
    }

    @Override
    public Set<FieldOption> options() {
        return EnumSet.of(FieldOption.REQUIRED, FieldOption.UNIQUE, FieldOption.DEFAULT);
    }

    @Override
    public Optional<Column> column(Field field) {
        return Optional.of(Column.of(Storage.TIME));
    }

    @Override
    public Object read(JsonNode json, Field field) throws InvalidValueException {
        try {
            if (json.isTextual() && json.textValue().length() <= 18) {
                return LocalTime.parse(json.textValue());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new InvalidValueException("type", "must be a time of day such as 14:30");
    }

    @Override
    public Optional<Object> emptyValue(Field field) {
        return Optional.of(LocalTime.MIDNIGHT);
    }
}
