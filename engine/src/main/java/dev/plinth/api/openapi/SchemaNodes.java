package dev.plinth.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small builders for the JSON of the document: objects, references, arrays and nullable schemas. */
final class SchemaNodes {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaNodes() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    /** A schema of type object. */
    static ObjectNode objectSchema() {
        return object().put("type", "object");
    }

    /** {@code {"$ref": "#/components/schemas/<name>"}}. */
    static ObjectNode schemaRef(String name) {
        return ref("schemas", name);
    }

    /** A reference to a component of another section: {@code parameters}, {@code responses}, {@code headers}. */
    static ObjectNode ref(String section, String name) {
        return object().put("$ref", "#/components/" + section + "/" + name);
    }

    static ObjectNode arrayOf(JsonNode items) {
        ObjectNode schema = object().put("type", "array");
        schema.set("items", items);
        return schema;
    }

    static ObjectNode anyOf(JsonNode... alternatives) {
        ObjectNode schema = object();
        ArrayNode list = schema.putArray("anyOf");
        for (JsonNode alternative : alternatives) {
            list.add(alternative);
        }
        return schema;
    }

    /**
     * {@code schema} admitting {@code null} as well, in JSON Schema 2020-12 style: {@code "type": ["string", "null"]},
     * with {@code null} added to an {@code enum}; a schema without a type gets a {@code null} alternative. The empty
     * schema admits {@code null} already and is returned as it is.
     */
    static ObjectNode nullable(ObjectNode schema) {
        if (schema.isEmpty()) {
            return schema;
        }
        JsonNode type = schema.get("type");
        if (type == null) {
            if (schema.size() == 1 && schema.get("anyOf") instanceof ArrayNode alternatives) {
                alternatives.add(object().put("type", "null"));
                return schema;
            }
            return anyOf(schema, object().put("type", "null"));
        }
        if (type.isTextual()) {
            schema.putArray("type").add(type.textValue()).add("null");
        } else if (type instanceof ArrayNode types && !contains(types, "null")) {
            types.add("null");
        }
        if (schema.get("enum") instanceof ArrayNode values) {
            values.addNull();
        }
        return schema;
    }

    /** Sets {@code key} to {@code text} when the text is not {@code null}. */
    static ObjectNode putIfPresent(ObjectNode node, String key, String text) {
        if (text != null) {
            node.put(key, text);
        }
        return node;
    }

    /** Sentences joined by a space, leaving out the {@code null} ones; {@code null} when none is left. */
    static String sentences(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(text.length() == 0 ? "" : " ").append(part.strip());
            }
        }
        return text.length() == 0 ? null : text.toString();
    }

    private static boolean contains(ArrayNode texts, String text) {
        for (JsonNode item : texts) {
            if (text.equals(item.asText())) {
                return true;
            }
        }
        return false;
    }
}
