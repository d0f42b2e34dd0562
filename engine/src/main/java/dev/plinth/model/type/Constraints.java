package dev.plinth.model.type;

import dev.plinth.model.Field;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The constraints a field sets on its values beyond their type: lengths, pattern and range. Shared by the
 * model validator (for defaults) and by writes through the API.
 */
public final class Constraints {

    private static final int MAX_CACHED_PATTERNS = 1024;
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private Constraints() {
    }

    /** The compiled form of a field's pattern, compiled once and kept. */
    public static Pattern pattern(String regex) {
        Pattern cached = PATTERNS.get(regex);
        if (cached == null) {
            cached = Pattern.compile(regex);
            if (PATTERNS.size() < MAX_CACHED_PATTERNS) {
                PATTERNS.put(regex, cached);
            }
        }
        return cached;
    }

    /** Checks {@code value}, already read by the field's type, against the field's constraints. */
    public static void check(Field field, Object value) throws InvalidValueException {
        if (value instanceof String text) {
            int length = text.codePointCount(0, text.length());
            if (field.minLength() != null && length < field.minLength()) {
                throw new InvalidValueException("minLength", "must be at least " + field.minLength() + " characters long");
            }
            Integer maxLength = field.maxLength();
            if (maxLength == null) {
                maxLength = field.type().column(field)
                        .filter(c -> c.storage() == Storage.VARCHAR).map(Column::length).orElse(null);
            }
            if (maxLength != null && length > maxLength) {
                throw new InvalidValueException("maxLength", "must be at most " + maxLength + " characters long");
            }
            if (field.pattern() != null && !pattern(field.pattern()).matcher(text).find()) {
                throw new InvalidValueException("pattern", "must match the pattern " + field.pattern());
            }
        }
        BigDecimal number = value instanceof Integer i ? BigDecimal.valueOf(i)
                : value instanceof Long l ? BigDecimal.valueOf(l)
                : value instanceof BigDecimal d ? d : null;
        if (number != null) {
            if (field.min() != null && number.compareTo(field.min()) < 0) {
                throw new InvalidValueException("min", "must be at least " + field.min().toPlainString());
            }
            if (field.max() != null && number.compareTo(field.max()) > 0) {
                throw new InvalidValueException("max", "must be at most " + field.max().toPlainString());
            }
        }
    }
}
