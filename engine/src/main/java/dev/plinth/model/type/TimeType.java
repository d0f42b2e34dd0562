package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** A time of day such as {@code 14:30} or {@code 14:30:15}, stored as {@code time}. */
public final class TimeType implements FieldType {

    /** The shapes {@link LocalTime#parse} reads: {@code 14:30}, {@code 14:30:15}, {@code 14:30:15.250}. */
    static final String SHAPE = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$";

    @Override
    public String name() {
        return "time";
    }

    @Override
    public String widget() {
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

    /**
     * A string shaped {@code HH:MM[:SS[.fraction]]}, by pattern alone: JSON Schema's {@code time} format is RFC 3339's
     * full-time, which needs seconds and a zone offset, so it would refuse {@code 14:30}.
     */
    @Override
    public ObjectNode jsonSchema(Field field) {
        return JsonSchemas.of("string").put("pattern", SHAPE);
    }

    @Override
    public Optional<Object> emptyValue(Field field) {
        return Optional.of(LocalTime.MIDNIGHT);
    }
}
