package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** A long text of any length, stored as {@code text}. */
public final class TextType implements FieldType {

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String widget() {
        return "textarea";
    }

    @Override
    public Set<FieldOption> options() {
        return EnumSet.of(FieldOption.REQUIRED, FieldOption.UNIQUE, FieldOption.DEFAULT,
                FieldOption.MIN_LENGTH, FieldOption.MAX_LENGTH, FieldOption.PATTERN);
    }

    @Override
    public Optional<Column> column(Field field) {
        return Optional.of(Column.of(Storage.TEXT));
    }

    @Override
    public Object read(JsonNode json, Field field) throws InvalidValueException {
        return TextValues.string(json);
    }

    @Override
    public ObjectNode jsonSchema(Field field) {
        return JsonSchemas.text(JsonSchemas.of("string"), field, null);
    }

    @Override
    public Optional<Object> emptyValue(Field field) {
        return Optional.of("");
    }
}
