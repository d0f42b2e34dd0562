package dev.plinth.admin.designer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.plinth.model.JsonFiles;
import dev.plinth.model.type.FieldOption;
import dev.plinth.model.type.FieldType;
import dev.plinth.model.type.FieldTypes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the field form takes a default value, chosen by the type's own admin widget: a yes/no choice for a checkbox
 * type, a JSON text area for a json type, a number for a numeric one, plain text for the rest. {@link #read} turns
 * what was typed into the JSON value the model file holds; the engine then checks it against the field's rules.
 */
enum DefaultInput {
    TEXT, NUMBER, FLAG, JSON;

    static DefaultInput of(FieldType type) {
        return switch (type.widget()) {
            case "checkbox" -> FLAG;
            case "json" -> JSON;
            case "number", "decimal" -> NUMBER;
            default -> TEXT;
        };
    }

    /** The form input this default is typed in: numbers and texts share one. */
    String input() {
        return switch (this) {
            case TEXT, NUMBER -> "defaultText";
            case FLAG -> "defaultFlag";
            case JSON -> "defaultJson";
        };
    }

    /** For each default input, the names of the types using it, space-separated, for {@code data-types}. */
    static Map<String, String> typesByInput() {
        Map<String, String> types = new LinkedHashMap<>();
        for (FieldType type : FieldTypes.all()) {
            if (type.options().contains(FieldOption.DEFAULT)) {
                types.merge(of(type).input(), type.name(), (a, b) -> a + " " + b);
            }
        }
        return types;
    }

    /** What the person typed ({@code null} when empty) as a JSON value; throws with a plain message when it is not one. */
    JsonNode read(String text) throws BadInput {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        return switch (this) {
            case TEXT -> TextNode.valueOf(value);
            case FLAG -> switch (value) {
                case "true" -> BooleanNode.TRUE;
                case "false" -> BooleanNode.FALSE;
                default -> throw new BadInput("choose yes or no");
            };
            case NUMBER -> {
                JsonNode number = parse(value);
                if (number == null || !number.isNumber()) {
                    throw new BadInput("'" + value + "' is not a number; write it like 42 or 12.50");
                }
                yield number;
            }
            case JSON -> {
                JsonNode json = parse(value);
                if (json == null) {
                    throw new BadInput("this is not valid JSON; write a value such as {\"key\": \"value\"}, [1, 2] or \"text\"");
                }
                yield json;
            }
        };
    }

    /** A default as the form shows it: text without quotes, anything else as JSON. */
    static String show(JsonNode value) {
        if (value == null) {
            return "";
        }
        return value.isTextual() ? value.textValue() : value.toString();
    }

    private static JsonNode parse(String text) {
        try {
            return JsonFiles.parse(text);
        } catch (JsonFiles.InvalidJsonException e) {
            return null;
        }
    }

    /** A value that is not of the expected kind, with what to do about it. */
    static final class BadInput extends Exception {
        BadInput(String message) {
            super(message, null, false, false);
        }
    }
}
