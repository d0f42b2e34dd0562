package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** True or false, stored as {@code boolean}. */
public final class BooleanType implements FieldType {

    @Override
    public String name() {
        return "boolean";
    }

    @Override
    public String widget() {
        return "checkbox";
    }

    @Override
    public Set<FieldOption> options() {
        return EnumSet.of(FieldOption.REQUIRED, FieldOption.DEFAULT);
    }

    @Override
    public Optional<Column> column(Field field) {
        return Optional.of(Column.of(Storage.BOOLEAN));
    }

    @Override
    public Object read(JsonNode json, Field field) throws InvalidValueException {
        if (!json.isBoolean()) {
            throw new InvalidValueException("type", "must be true or false");
        }
        return json.booleanValue();
    }

    @Override
    public ObjectNode jsonSchema(Field field) {
        return JsonSchemas.of("boolean");
    }

    @Override
    public Optional<Object> emptyValue(Field field) {
        return Optional.of(false);
    }
}
