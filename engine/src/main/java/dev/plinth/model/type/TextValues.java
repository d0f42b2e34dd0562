package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading of JSON strings shared by the text-like types. */
final class TextValues {

    private TextValues() {
    }

    static String string(JsonNode json) throws InvalidValueException {
        if (!json.isTextual()) {
            throw new InvalidValueException("type", "must be a text value");
        }
        String text = json.textValue();
        if (text.indexOf('\0') >= 0) {
            throw new InvalidValueException("type", "must not contain the NUL character");
        }
        return text;
    }
}
