package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Any JSON document, stored as {@code jsonb}. */
public final class JsonType implements FieldType {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String widget() {
        return "json";
    }

    @Override
    public Set<FieldOption> options() {
        return EnumSet.of(FieldOption.REQUIRED, FieldOption.DEFAULT);
    }

    @Override
    public Optional<Column> column(Field field) {
        return Optional.of(Column.of(Storage.JSONB));
    }

    @Override
    public Object read(JsonNode json, Field field) {
        return json;
    }

    /** Any JSON value: the empty schema. */
    @Override
    public ObjectNode jsonSchema(Field field) {
        return JsonNodeFactory.instance.objectNode();
    }

    @Override
    public Optional<Object> emptyValue(Field field) {
        return Optional.of(JsonNodeFactory.instance.objectNode());
    }
}
