package dev.plinth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Checks model files against the JSON Schemas that ship with Plinth (draft 2020-12), with networknt. */
public final class SchemaCheck {

    /** The address the schemas are published under; model files name it in {@code $schema}. */
    public static final String SCHEMA_BASE = "https://plinth.dev/schema/1/";
    private static final String CLASSPATH_BASE = "classpath:plinth/schema/";

    /** The three kinds of model file, each with its schema. */
    public enum Kind {
        SETTINGS("plinth.schema.json"), ENTITY("entity.schema.json"), ROLE("role.schema.json");

        private final String schemaFile;
        private final JsonSchema schema;

        Kind(String schemaFile) {
            this.schemaFile = schemaFile;
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                    builder -> builder.schemaMappers(m -> m.mapPrefix(SCHEMA_BASE, CLASSPATH_BASE)));
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    .build();
            this.schema = factory.getSchema(SchemaLocation.of(SCHEMA_BASE + schemaFile), config);
        }

        /** The schema's file name, such as {@code entity.schema.json}. */
        public String schemaFile() {
            return schemaFile;
        }
    }

    private SchemaCheck() {
    }

    /** Every way {@code json} breaks the schema of {@code kind}, as problems in {@code file}. */
    public static List<Problem> check(Kind kind, String file, JsonNode json) {
        return kind.schema.validate(json).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(m -> new Problem(file, pointer(m), explain(m)))
                .toList();
    }

    private static String pointer(ValidationMessage message) {
        String location = message.getInstanceLocation().toString();
        if (message.getProperty() != null && ("additionalProperties".equals(message.getType())
                || "unevaluatedProperties".equals(message.getType()))) {
            location = location + "/" + message.getProperty();
        }
        return location;
    }

    /** Plain words for the schema rules a model file is most likely to break. */
    private static String explain(ValidationMessage message) {
        Object[] args = message.getArguments() == null ? new Object[0] : message.getArguments();
        String first = args.length > 0 ? String.valueOf(args[0]) : "";
        return switch (message.getType()) {
            case "required" -> "the property '" + message.getProperty() + "' is missing";
            case "additionalProperties", "unevaluatedProperties" ->
                    "'" + message.getProperty() + "' is not a known property here";
            case "type" -> "should be " + article(expectedType(message)) + ", not " + article(first);
            case "enum" -> "should be one of " + first.replace("[", "").replace("]", "");
            case "const" -> "should be " + first;
            case "minItems" -> "should list at least " + first + " item" + ("1".equals(first) ? "" : "s");
            case "minimum" -> "should be at least " + first;
            case "maximum" -> "should be at most " + first;
            case "uniqueItems" -> "lists the same item twice";
            default -> message.getError() != null ? message.getError() : message.getMessage();
        };
    }

    private static String expectedType(ValidationMessage message) {
        Object[] args = message.getArguments();
        return args != null && args.length > 1 ? String.valueOf(args[1]) : "value";
    }

    private static String article(String type) {
        return switch (type) {
            case "object", "array", "integer" -> "an " + type;
            case "null" -> "null";
            default -> Arrays.asList("string", "number", "boolean").contains(type) ? "a " + type : type;
        };
    }
}
