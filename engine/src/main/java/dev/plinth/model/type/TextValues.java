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
        if (hasUnpairedSurrogate(text)) {
            throw new InvalidValueException("type", "must be valid Unicode: it holds half of a surrogate pair");
        }
        return text;
    }

    /**
     * Whether {@code text} holds a UTF-16 surrogate without its other half (JSON can write one as {@code \ud800});
     * such text has no UTF-8 form, and the database driver would store a {@code ?} in its place.
     */
    static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
