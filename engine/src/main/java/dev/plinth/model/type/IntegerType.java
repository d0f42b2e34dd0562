package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** A whole number from -2,147,483,648 to 2,147,483,647, stored as {@code integer}. */
public final class IntegerType implements FieldType {

    @Override
    public String name() {
        return "integer";
    }

    @Override
    public String widget() {
        return "number";
    }

    @Override
    public Set<FieldOption> options() {
        return EnumSet.of(FieldOption.REQUIRED, FieldOption.UNIQUE, FieldOption.DEFAULT, FieldOption.MIN, FieldOption.MAX);
    }

    @Override
    public Optional<Column> column(Field field) {
        return Optional.of(Column.of(Storage.INTEGER));
    }

    @Override
    public Object read(JsonNode json, Field field) throws InvalidValueException {
        if (!json.isIntegralNumber() || !json.canConvertToInt()) {
            throw new InvalidValueException("type", "must be a whole number between -2147483648 and 2147483647");
        }
        return json.intValue();
    }

    @Override
    public ObjectNode jsonSchema(Field field) {
        return JsonSchemas.range(JsonSchemas.of("integer", "int32"), field);
    }

    @Override
    public Optional<Object> emptyValue(Field field) {
        return Optional.of(0);
    }
}
