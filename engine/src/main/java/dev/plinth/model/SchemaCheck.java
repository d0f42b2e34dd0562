package dev.plinth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks model files against the JSON Schemas that ship with Plinth (draft 2020-12), with networknt. */
public final class SchemaCheck {

    /** The address the schemas are published under; model files name it in {@code $schema}. */
    public static final String SCHEMA_BASE = "https://plinth.dev/schema/1/";
    private static final String CLASSPATH_BASE = "classpath:plinth/schema/";
    private static final Pattern INDEX = Pattern.compile("[0-9]+");
    /** Longer texts are cut when a message quotes them. */
    private static final int MAX_SHOWN = 40;

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

    /** Every way {@code json} breaks the schema of {@code kind}, as problems in {@code file}, in pointer order. */
    public static List<Problem> check(Kind kind, String file, JsonNode json) {
        return kind.schema.validate(json).stream()
                .map(m -> new Problem(file, pointer(m), explain(kind, m)))
                .sorted(Comparator.comparing(Problem::pointer, SchemaCheck::comparePointers)
                        .thenComparing(Problem::message))
                .toList();
    }

    /** Orders JSON pointers by their segments, array indexes by number: /fields/2 before /fields/10. */
    static int comparePointers(String a, String b) {
        String[] left = a.split("/", -1);
        String[] right = b.split("/", -1);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            boolean leftIndex = INDEX.matcher(left[i]).matches();
            boolean rightIndex = INDEX.matcher(right[i]).matches();
            int order = leftIndex && rightIndex && left[i].length() != right[i].length()
                    ? Integer.compare(left[i].length(), right[i].length())
                    : left[i].compareTo(right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static String pointer(ValidationMessage message) {
        String location = message.getInstanceLocation().toString();
        if (message.getProperty() != null && ("additionalProperties".equals(message.getType())
                || "unevaluatedProperties".equals(message.getType()))) {
            location = location + "/" + message.getProperty().replace("~", "~0").replace("/", "~1");
        }
        return location;
    }

    /** Plain words for the schema rules a model file is most likely to break. */
    private static String explain(Kind kind, ValidationMessage message) {
        Object[] args = message.getArguments() == null ? new Object[0] : message.getArguments();
        String first = args.length > 0 ? String.valueOf(args[0]) : "";
        JsonNode value = message.getInstanceNode();
        return switch (message.getType()) {
            case "required" -> "the property '" + message.getProperty() + "' is missing";
            case "additionalProperties", "unevaluatedProperties" ->
                    "'" + message.getProperty() + "' is not a known property here" + suggestion(kind, message);
            case "type" -> "should be " + describeType(args.length > 1 ? String.valueOf(args[1]) : "") + ", not "
                    + show(value);
            case "enum" -> show(value) + " is not one of the allowed values: " + list(message.getSchemaNode());
            case "const" -> "should be " + show(message.getSchemaNode()) + ", not " + show(value);
            case "minItems" -> "should list at least " + first + " item" + ("1".equals(first) ? "" : "s");
            case "minimum" -> "should be at least " + first + ", not " + show(value);
            case "maximum" -> "should be at most " + first + ", not " + show(value);
            case "uniqueItems" -> "lists " + show(firstRepeated(value)) + " twice";
            default -> message.getError() != null ? message.getError() : message.getMessage();
        };
    }

    /** "; did you mean 'maxLength'?" when an unknown property looks like a known one, otherwise nothing. */
    private static String suggestion(Kind kind, ValidationMessage message) {
        String location = message.getSchemaLocation().toString();
        String fragment = location.substring(location.indexOf('#') + 1);
        if (!location.startsWith(SCHEMA_BASE + kind.schemaFile() + "#") || !fragment.contains("/")) {
            return "";
        }
        JsonNode known = kind.schema.getSchemaNode()
                .at(fragment.substring(0, fragment.lastIndexOf('/')) + "/properties");
        String unknown = message.getProperty();
        String best = null;
        int bestDistance = 3;
        for (Iterator<String> names = known.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            int distance = name.equalsIgnoreCase(unknown) ? 0 : Names.editDistance(name, unknown);
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    /** A JSON type as people say it: "a whole number", "true or false", "a list". */
    private static String describeType(String type) {
        return switch (type) {
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "string" -> "a text in double quotes";
            case "boolean" -> "true or false";
            case "object" -> "an object";
            case "array" -> "a list";
            case "null" -> "null";
            default -> type;
        };
    }

    /** A value as a message shows it: texts in single quotes, objects and lists by their kind. */
    private static String show(JsonNode value) {
        if (value == null) {
            return "nothing";
        }
        if (value.isTextual()) {
            String text = value.textValue();
            return "'" + (text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text) + "'";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.toString();
    }

    private static String list(JsonNode values) {
        List<String> shown = new ArrayList<>();
        values.forEach(v -> shown.add(v.isTextual() ? v.textValue() : v.toString()));
        return String.join(", ", shown);
    }

    private static JsonNode firstRepeated(JsonNode array) {
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode item : array) {
            if (!seen.add(item)) {
                return item;
            }
        }
        return null;
    }
}
