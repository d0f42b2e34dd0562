package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A UUID such as {@code 0190a5e4-6b1c-7d2e-8f30-1a2b3c4d5e6f}, stored as {@code uuid}. */
public final class UuidType implements FieldType {

    @Override
    public String name() {
        return "uuid";
    }

    @Override
    public String widget() {
        return "uuid";
    }

    @Override
    public Set<FieldOption> options() {
        return EnumSet.of(FieldOption.REQUIRED, FieldOption.UNIQUE, FieldOption.DEFAULT);
    }

    @Override
    public Optional<Column> column(Field field) {
        return Optional.of(Column.of(Storage.UUID));
    }

    @Override
    public Object read(JsonNode json, Field field) throws InvalidValueException {
        return Uuids.read(json, "must be a UUID such as 0190a5e4-6b1c-7d2e-8f30-1a2b3c4d5e6f");
    }

    @Override
    public ObjectNode jsonSchema(Field field) {
        return JsonSchemas.uuid();
    }

    @Override
    public Optional<Object> emptyValue(Field field) {
        return Optional.of(new UUID(0, 0));
    }
}
