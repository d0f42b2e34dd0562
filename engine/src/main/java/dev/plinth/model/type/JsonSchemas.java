package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.math.BigDecimal;

/** Building blocks of the JSON Schemas (draft 2020-12) that field types give for their values. */
final class JsonSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonSchemas() {
    }

    static ObjectNode of(String type) {
        return NODES.objectNode().put("type", type);
    }

    static ObjectNode of(String type, String format) {
        return of(type).put("format", format);
    }

    static ObjectNode uuid() {
        return of("string", "uuid");
    }

    /**
     * A string with the field's minLength and pattern, and its maxLength or else {@code columnLength} (the size of
     * the column, which writes are held to as well; {@code null} when the column has none).
     */
    static ObjectNode text(ObjectNode schema, Field field, Integer columnLength) {
        if (field.minLength() != null) {
            schema.put("minLength", field.minLength());
        }
        Integer maxLength = field.maxLength() != null ? field.maxLength() : columnLength;
        if (maxLength != null) {
            schema.put("maxLength", maxLength);
        }
        if (field.pattern() != null) {
            schema.put("pattern", field.pattern());
        }
        return schema;
    }

    /** Adds the field's min and max as {@code minimum} and {@code maximum}. */
    static ObjectNode range(ObjectNode schema, Field field) {
        return range(schema, field.min(), field.max());
    }

    /** Adds {@code minimum} and {@code maximum}, each when it is not {@code null}. */
    static ObjectNode range(ObjectNode schema, BigDecimal lowest, BigDecimal highest) {
        if (lowest != null) {
            schema.set("minimum", number(lowest));
        }
        if (highest != null) {
            schema.set("maximum", number(highest));
        }
        return schema;
    }

    /** A JSON number, written without a fraction or exponent when it is whole and fits a long. */
    static JsonNode number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 18) {
            return NODES.numberNode(stripped.longValueExact());
        }
        return NODES.numberNode(stripped);
    }
}
