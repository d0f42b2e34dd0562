package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** A short text, stored as {@code varchar(maxLength)} (255 when maxLength is not set). */
public final class StringType implements FieldType {

    /** The length of a string column whose field sets no maxLength. */
    public static final int DEFAULT_MAX_LENGTH = 255;
    /** The longest maxLength a string may set; longer texts are the {@code text} type. */
    public static final int LONGEST = 10_485_760;

    @Override
    public String name() {
        return "string";
    }

    @Override
    public String widget() {
        return "text";
    }

    @Override
    public Set<FieldOption> options() {
        return EnumSet.of(FieldOption.REQUIRED, FieldOption.UNIQUE, FieldOption.DEFAULT,
                FieldOption.MIN_LENGTH, FieldOption.MAX_LENGTH, FieldOption.PATTERN);
    }

    @Override
    public Optional<Column> column(Field field) {
        return Optional.of(Column.varchar(field.maxLength() != null ? field.maxLength() : DEFAULT_MAX_LENGTH));
    }

    @Override
    public Object read(JsonNode json, Field field) throws InvalidValueException {
        return TextValues.string(json);
    }

    @Override
    public ObjectNode jsonSchema(Field field) {
        return JsonSchemas.text(JsonSchemas.of("string"), field, DEFAULT_MAX_LENGTH);
    }

    @Override
    public Optional<Object> emptyValue(Field field) {
        return Optional.of("");
    }
}
