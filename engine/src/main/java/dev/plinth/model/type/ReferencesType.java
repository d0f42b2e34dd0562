package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Many-to-many: a list of ids of rows of the target entity. No column: the links live in a junction table
 * that Plinth creates and names {@code <entity>_<field>}.
 */
public final class ReferencesType implements FieldType {

    /** The most ids one write may link through one field. */
    public static final int MAX_LINKS_PER_WRITE = 1000;

    @Override
    public String name() {
        return "references";
    }

    @Override
    public String widget() {
        return "references";
    }

    @Override
    public Set<FieldOption> options() {
        return EnumSet.of(FieldOption.TARGET);
    }

    @Override
    public Optional<Column> column(Field field) {
        return Optional.empty();
    }

    @Override
    public Object read(JsonNode json, Field field) throws InvalidValueException {
        String message = "must be a list of ids of rows in " + field.target();
        if (!json.isArray()) {
            throw new InvalidValueException("type", message);
        }
        if (json.size() > MAX_LINKS_PER_WRITE) {
            throw new InvalidValueException("maxItems", "must list at most " + MAX_LINKS_PER_WRITE + " ids");
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (JsonNode item : json) {
            ids.add(Uuids.read(item, message));
        }
        return List.copyOf(new ArrayList<>(ids));
    }

    @Override
    public ObjectNode jsonSchema(Field field) {
        ObjectNode schema = JsonSchemas.of("array");
        schema.set("items", JsonSchemas.uuid());
        return schema;
    }

    /** As written, and at most {@link #MAX_LINKS_PER_WRITE} ids. */
    @Override
    public ObjectNode inputSchema(Field field) {
        return jsonSchema(field).put("maxItems", MAX_LINKS_PER_WRITE);
    }

    @Override
    public Optional<Object> emptyValue(Field field) {
        return Optional.of(List.of());
    }
}
