package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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

    @Override
    public Optional<Object> emptyValue(Field field) {
        return Optional.of(JsonNodeFactory.instance.objectNode());
    }
}
