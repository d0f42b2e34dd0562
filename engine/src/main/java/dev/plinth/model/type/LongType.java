package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** A whole number of 64 bits, stored as {@code bigint}. */
public final class LongType implements FieldType {

    @Override
    public String name() {
        return "long";
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
        return Optional.of(Column.of(Storage.BIGINT));
    }

    @Override
    public Object read(JsonNode json, Field field) throws InvalidValueException {
        if (!json.isIntegralNumber() || !json.canConvertToLong()) {
            throw new InvalidValueException("type",
                    "must be a whole number between -9223372036854775808 and 9223372036854775807");
        }
        return json.longValue();
    }

    @Override
    public ObjectNode jsonSchema(Field field) {
        return JsonSchemas.range(JsonSchemas.of("integer", "int64"), field);
    }

    @Override
    public Optional<Object> emptyValue(Field field) {
        return Optional.of(0L);
    }
}
