package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/** Reading and making UUIDs: the ids of rows. */
public final class Uuids {

    private static final Pattern SHAPE =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SEQUENCE_BITS = 12;
    private static final long SEQUENCE_MASK = (1L << SEQUENCE_BITS) - 1;
    /** The last id's milliseconds and sequence: {@code millis << 12 | sequence}. */
    private static final AtomicLong LAST = new AtomicLong();

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
     * A new time-ordered UUID (version 7, RFC 9562): 48 bits of milliseconds, 12 bits of sequence, then 62 random
     * bits, so new rows land at the end of the primary key index. Ids made by one process increase strictly in the
     * order they were made, also within one millisecond (RFC 9562 section 6.2, method 1: the sequence starts at a
     * random value in the lower half of its range each millisecond and counts up; past its end it borrows the next
     * millisecond). That keeps a list sorted by id, the default, in creation order, and rows created by one bulk
     * request in the order they were sent.
     */
    public static UUID timeOrdered() {
        long clock = nextClock(System.currentTimeMillis());
        long high = ((clock >>> SEQUENCE_BITS) << 16) | 0x7000L | (clock & SEQUENCE_MASK);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** The milliseconds and sequence for the next id: past the last one, and not behind {@code millis}. */
    static long nextClock(long millis) {
        while (true) {
            long last = LAST.get();
            long next = last >>> SEQUENCE_BITS < millis
                    ? millis << SEQUENCE_BITS | RANDOM.nextInt(1 << (SEQUENCE_BITS - 1))
                    : last + 1;
            if (LAST.compareAndSet(last, next)) {
                return next;
            }
        }
    }
}
