package dev.plinth.query.write;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.plinth.query.QueryException;
import dev.plinth.query.QueryLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Parses write bodies within the limits: size, nesting depth, number length, duplicate keys. */
public final class WriteBodies {

    private static final ObjectMapper MAPPER = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(QueryLimits.MAX_JSON_DEPTH)
                            .maxNumberLength(1000)
                            .maxStringLength(QueryLimits.MAX_BODY_BYTES)
                            .build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private WriteBodies() {
    }

    /**
     * The rows of a create: one object, or an array of 1 to {@link QueryLimits#MAX_BATCH_SIZE} objects.
     *
     * @param rows  the row objects
     * @param batch whether the body was an array
     */
    public record Rows(List<JsonNode> rows, boolean batch) {
    }

    /** The rows of a create body. */
    public static Rows rows(byte[] body) {
        JsonNode json = parse(body);
        if (json.isObject()) {
            return new Rows(List.of(json), false);
        }
        if (!json.isArray()) {
            throw malformed("the body must be a JSON object, or an array of objects, not " + kind(json));
        }
        if (json.isEmpty() || json.size() > QueryLimits.MAX_BATCH_SIZE) {
            throw malformed("an array body holds 1 to " + QueryLimits.MAX_BATCH_SIZE + " rows, not " + json.size());
        }
        List<JsonNode> rows = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            if (!json.get(i).isObject()) {
                throw malformed("item " + i + " of the array must be a JSON object, not " + kind(json.get(i)));
            }
            rows.add(json.get(i));
        }
        return new Rows(rows, true);
    }

    /** The row of an update: one object. */
    public static JsonNode row(byte[] body) {
        JsonNode json = parse(body);
        if (!json.isObject()) {
            throw malformed("the body must be a JSON object, not " + kind(json));
        }
        return json;
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw malformed("the body is empty; send the row as a JSON object");
        }
        if (body.length > QueryLimits.MAX_BODY_BYTES) {
            throw new QueryException(QueryException.Kind.TOO_LARGE, "body.too-large", "the body is larger than "
                    + QueryLimits.MAX_BODY_BYTES + " bytes");
        }
        try {
            JsonNode json = MAPPER.readTree(body);
            if (json == null || json.isMissingNode()) {
                throw malformed("the body is empty; send the row as a JSON object");
            }
            return json;
        } catch (StreamConstraintsException e) {
            throw malformed("the body nests JSON deeper than " + QueryLimits.MAX_JSON_DEPTH
                    + " levels, or holds a number or text that is too long");
        } catch (JsonParseException e) {
            throw malformed(notJson(e) + ": " + firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            // Past the parser, reading a tree fails only on what follows the value; Jackson's words name its classes.
            throw malformed(notJson(e) + ": more follows the end of the JSON value");
        } catch (IOException e) {
            throw malformed("the body could not be read");
        }
    }

    private static String notJson(JsonProcessingException e) {
        var location = e.getLocation();
        return "the body is not valid JSON" + (location == null ? "" : " (line " + location.getLineNr() + ", column "
                + location.getColumnNr() + ")");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unexpected input";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    static String kind(JsonNode json) {
        return switch (json.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            default -> "something else";
        };
    }

    private static QueryException malformed(String message) {
        return new QueryException(QueryException.Kind.INVALID, "body.malformed", message,
                List.of(new QueryException.FieldError("body", "malformed", message)));
    }
}
