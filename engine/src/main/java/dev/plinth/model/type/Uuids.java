package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reading and making UUIDs: the ids of rows. */
public final class Uuids {

    private static final Pattern SHAPE =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Uuids() {
    }

    /** Reads a UUID from its 36-character text form, or throws with {@code message}. */
    public static UUID read(JsonNode json, String message) throws InvalidValueException {
        if (json.isTextual()) {
            UUID uuid = parse(json.textValue());
            if (uuid != null) {
                return uuid;
            }
        }
        throw new InvalidValueException("type", message);
    }

    /** The UUID in {@code text}, or {@code null} when it is not one. */
    public static UUID parse(String text) {
        return text != null && SHAPE.matcher(text).matches() ? UUID.fromString(text) : null;
    }

    /**
     * A new time-ordered UUID (version 7, RFC 9562): 48 bits of milliseconds then random bits, so new rows land
     * at the end of the primary key index.
     */
    public static UUID timeOrdered() {
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
