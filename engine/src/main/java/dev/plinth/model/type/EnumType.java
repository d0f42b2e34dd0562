package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** One of a fixed list of values, stored as {@code varchar(100)} so the list can change without a migration. */
public final class EnumType implements FieldType {

    /** The longest value an enum may list. */
    public static final int MAX_VALUE_LENGTH = 100;

    @Override
    public String name() {
        return "enum";
    }

    @Override
    public String widget() {
        return "select";
    }

    @Override
    public Set<FieldOption> options() {
        return EnumSet.of(FieldOption.REQUIRED, FieldOption.UNIQUE, FieldOption.DEFAULT, FieldOption.VALUES);
    }

    @Override
    public Optional<Column> column(Field field) {
        return Optional.of(Column.varchar(MAX_VALUE_LENGTH));
    }

    @Override
    public Object read(JsonNode json, Field field) throws InvalidValueException {
        String text = TextValues.string(json);
        if (field.values() != null && !field.values().contains(text)) {
            throw new InvalidValueException("enum", "must be one of " + String.join(", ", field.values()));
        }
        return text;
    }

    @Override
    public ObjectNode jsonSchema(Field field) {
        ObjectNode schema = JsonSchemas.of("string");
        if (field.values() != null) {
            field.values().forEach(schema.putArray("enum")::add);
        }
        return schema;
    }

    @Override
    public Optional<Object> emptyValue(Field field) {
        return field.values() == null || field.values().isEmpty()
                ? Optional.empty() : Optional.of(field.values().get(0));
    }
}
