package dev.plinth.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a generated document: against the official OpenAPI 3.1 JSON Schema (see {@code openapi/README.md} in the test
 * resources), each component schema against the JSON Schema 2020-12 meta-schema, and every {@code $ref} against the
 * document itself. Each way it fails is one line.
 */
final class OpenApiValidity {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final JsonSchema OPENAPI = FACTORY.getSchema(load("openapi/oas-3.1-schema-2025-11-23.json"), CONFIG);
    private static final JsonSchema META_SCHEMA =
            FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);

    private OpenApiValidity() {
    }

    static List<String> problems(JsonNode document) {
        List<String> problems = new ArrayList<>();
        OPENAPI.validate(document).forEach(message -> problems.add("OpenAPI 3.1: " + message));
        for (Map.Entry<String, JsonNode> schema : document.path("components").path("schemas").properties()) {
            META_SCHEMA.validate(schema.getValue())
                    .forEach(message -> problems.add("schema " + schema.getKey() + ": " + message));
        }
        checkReferences(document, document, "", problems);
        return problems;
    }

    /** Every {@code $ref} names a part of the document that exists. */
    private static void checkReferences(JsonNode document, JsonNode node, String at, List<String> problems) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && (!ref.asText().startsWith("#/") || document.at(ref.asText().substring(1)).isMissingNode())) {
                problems.add(at + ": $ref " + ref + " leads nowhere");
            }
            node.properties().forEach(entry ->
                    checkReferences(document, entry.getValue(), at + "/" + entry.getKey(), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkReferences(document, node.get(i), at + "/" + i, problems);
            }
        }
    }

    private static JsonNode load(String resource) {
        try (InputStream in = OpenApiValidity.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return dev.plinth.model.JsonFiles.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
