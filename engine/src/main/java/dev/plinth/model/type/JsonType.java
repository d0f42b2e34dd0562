package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Any JSON document, stored as {@code jsonb}. */
public final class JsonType implements FieldType {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String widget() {
        return "json";
    }

    @Override
    public Set<FieldOption> options() {
        return EnumSet.of(FieldOption.REQUIRED, FieldOption.DEFAULT);
    }

    @Override
    public Optional<Column> column(Field field) {
        return Optional.of(Column.of(Storage.JSONB));
    }

    @Override
    public Object read(JsonNode json, Field field) throws InvalidValueException {
        checkTexts(json);
        return json;
    }

    /** Any JSON value: the empty schema. */
    @Override
    public ObjectNode jsonSchema(Field field) {
        return JsonNodeFactory.instance.objectNode();
    }

    /** PostgreSQL's jsonb holds no NUL character, and no text has half a surrogate pair: refuse both, keys included. */
    private static void checkTexts(JsonNode json) throws InvalidValueException {
        if (json.isTextual()) {
            checkText(json.textValue());
        } else if (json.isArray()) {
            for (JsonNode item : json) {
                checkTexts(item);
            }
        } else if (json.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> members = json.fields(); members.hasNext(); ) {
                Map.Entry<String, JsonNode> member = members.next();
                checkText(member.getKey());
                checkTexts(member.getValue());
            }
        }
    }

    private static void checkText(String text) throws InvalidValueException {
        if (text.indexOf('\0') >= 0) {
            throw new InvalidValueException("type", "must not contain the NUL character");
        }
        if (TextValues.hasUnpairedSurrogate(text)) {
            throw new InvalidValueException("type", "must be valid Unicode: it holds half of a surrogate pair");
        }
    }

    @Override
    public Optional<Object> emptyValue(Field field) {
        return Optional.of(JsonNodeFactory.instance.objectNode());
    }
}
