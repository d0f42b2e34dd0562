package dev.plinth.admin.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.plinth.model.Field;
import dev.plinth.query.QueryLimits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text a person typed, in a form input or a CSV cell, read into the JSON value the engine's {@code RowValidator}
 * reads, and values written back as such text; chosen by the field type's widget. Only the shape is settled here
 * (a whole number becomes a JSON number, a checkbox a boolean); whether the value fits the field is the engine's
 * to say, so text that is not a number stays text and the engine names what is wrong with it.
 */
final class FieldText {

    static final ObjectMapper JSON = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(QueryLimits.MAX_JSON_DEPTH).build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d{1,30}");
    private static final Pattern LOCAL_DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
    /** What separates the ids of a many-to-many field in one cell. */
    private static final Pattern ID_SEPARATORS = Pattern.compile("[\\s,;]+");
    /** A datetime-local input takes at most milliseconds. */
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    /** Text that cannot become a value of its field at all, such as JSON that does not parse. */
    static final class Unreadable extends Exception {
        private final String code;

        Unreadable(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    private FieldText() {
    }

    /** The JSON value of non-blank {@code text} typed for {@code field}. */
    static JsonNode read(Field field, String text) throws Unreadable {
        String trimmed = text.strip();
        return switch (field.type().widget()) {
            case "text", "textarea" -> TextNode.valueOf(text);
            case "number" -> WHOLE.matcher(trimmed).matches()
                    ? BigIntegerNode.valueOf(new BigInteger(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed))
                    : TextNode.valueOf(trimmed);
            case "decimal" -> decimal(trimmed);
            case "checkbox" -> bool(trimmed);
            case "datetime" -> TextNode.valueOf(LOCAL_DATE_TIME.matcher(trimmed).matches()
                    ? trimmed.replace(' ', 'T') + "Z" : trimmed);
            case "json" -> json(field, text);
            case "references" -> ids(List.of(ID_SEPARATORS.split(trimmed)));
            default -> TextNode.valueOf(trimmed);
        };
    }

    /** The JSON array of the ids picked for a many-to-many field, blanks left out. */
    static ArrayNode ids(List<String> ids) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        ids.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct().forEach(array::add);
        return array;
    }

    private static JsonNode decimal(String text) {
        try {
            return DecimalNode.valueOf(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return TextNode.valueOf(text);
        }
    }

    private static JsonNode bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> BooleanNode.TRUE;
            case "false", "no", "off", "0" -> BooleanNode.FALSE;
            default -> TextNode.valueOf(text);
        };
    }

    private static JsonNode json(Field field, String text) throws Unreadable {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String message = e.getOriginalMessage() == null ? "unexpected input" : e.getOriginalMessage();
            int newline = message.indexOf('\n');
            message = newline < 0 ? message : message.substring(0, newline);
            throw new Unreadable("json", field.name() + " is not valid JSON" + (at == null ? "" : " (line "
                    + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ": " + message);
        }
    }

    /**
     * A value of {@code field} as text, the way CSV exports it and imports it back: texts as they are, numbers and
     * booleans as written, references as ids, many-to-many as ids separated by semicolons, JSON as JSON text; empty
     * for null.
     */
    static String show(Field field, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (field.type().widget().equals("references") && value.isArray()) {
            StringBuilder joined = new StringBuilder();
            value.forEach(id -> joined.append(joined.isEmpty() ? "" : ";").append(id.isObject()
                    ? id.path("id").asText() : id.asText()));
            return joined.toString();
        }
        if (value.isObject() && field.type().widget().equals("reference")) {
            return value.path("id").asText();
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber()) {
            return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
        }
        return value.toString();
    }

    /** A value as a form input of {@code field} shows it. */
    static String input(Field field, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        return switch (field.type().widget()) {
            case "datetime" -> localUtc(value.asText());
            case "json" -> value.toPrettyString();
            default -> show(field, value);
        };
    }

    /** A moment as a datetime-local input takes it: in UTC, without the offset. */
    static String localUtc(String moment) {
        try {
            OffsetDateTime time = OffsetDateTime.parse(moment).withOffsetSameInstant(ZoneOffset.UTC);
            String text = LOCAL_INPUT.format(time.truncatedTo(ChronoUnit.MILLIS));
            return text.endsWith(".000") ? text.substring(0, text.length() - 4) : text;
        } catch (DateTimeParseException e) {
            return moment;
        }
    }
}
