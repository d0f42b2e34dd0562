package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.util.Optional;
import java.util.Set;

/**
 * A field type: {@code string}, {@code integer}, {@code reference}, and so on. Implementations are
 * stateless singletons registered in {@link FieldTypes}.
 */
public interface FieldType {

    /** The type's name in model files. */
    String name();

    /**
     * The admin UI's input for values of this type: the name of its form fragment ({@code text}, {@code textarea},
     * {@code number}, {@code select}, {@code reference}, ...).
     */
    String widget();

    /** The options a field of this type may set. */
    Set<FieldOption> options();

    /** The column that holds the field's values, or empty when the values live elsewhere (a junction table). */
    Optional<Column> column(Field field);

    /**
     * Reads a JSON value (never JSON {@code null}) into the Java value this type holds, checking its shape and
     * format but not the field's constraints (see {@link Constraints}).
     */
    Object read(JsonNode json, Field field) throws InvalidValueException;

    /**
     * The value that fills existing rows when a field of this type becomes required without a default, or
     * empty when no value could stand in (a reference must point at a real row).
     */
    Optional<Object> emptyValue(Field field);

    /**
     * The JSON Schema (draft 2020-12) of this field's values as the API writes them: type, format and the field's
     * own rules. It does not admit {@code null} (only a {@code json} field's schema, which admits anything, does);
     * whoever uses it adds {@code null} for optional fields. A new object on every call.
     */
    ObjectNode jsonSchema(Field field);

    /**
     * The JSON Schema of the values the API accepts for this field on writes: {@link #jsonSchema} unless the type
     * reads more shapes than it writes or limits what one write may send.
     */
    default ObjectNode inputSchema(Field field) {
        return jsonSchema(field);
    }

    /** The name the type is written with, for messages. */
    default String describe() {
        return name();
    }
}
