package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Many-to-one: the id of one row of the target entity, stored in a {@code uuid} column named
 * {@code <field>_id} with a foreign key whose on-delete behaviour the field chooses.
 */
public final class ReferenceType implements FieldType {

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public String widget() {
        return "reference";
    }

    @Override
    public Set<FieldOption> options() {
        return EnumSet.of(FieldOption.REQUIRED, FieldOption.UNIQUE, FieldOption.TARGET, FieldOption.ON_DELETE,
                FieldOption.INVERSE);
    }

    @Override
    public Optional<Column> column(Field field) {
        return Optional.of(Column.of(Storage.UUID));
    }

    @Override
    public Object read(JsonNode json, Field field) throws InvalidValueException {
        return Uuids.read(json, "must be the id of a row in " + field.target());
    }

    @Override
    public ObjectNode jsonSchema(Field field) {
        return JsonSchemas.uuid();
    }

    @Override
    public Optional<Object> emptyValue(Field field) {
        return Optional.empty();
    }
}
