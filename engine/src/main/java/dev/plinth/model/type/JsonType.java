package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Any JSON document, stored as {@code jsonb}. */
public final class JsonType implements FieldType {

    static final int MAX_NUMBER_DIGITS = 400;
    static final int MAX_TOTAL_DIGITS = 1024 * 1024;

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
        check(json, new long[1]);
        return json;
    }

    /** Any JSON value: the empty schema. */
    @Override
    public ObjectNode jsonSchema(Field field) {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * PostgreSQL's jsonb holds no NUL character, and no text has half a surrogate pair: refuse both, keys included.
     * It keeps numbers as {@code numeric} and gives them back written out in full, so {@code 1e100000} would come back
     * as 100,001 digits (or not be stored at all): a number may have at most {@value #MAX_NUMBER_DIGITS} digits
     * written out, as many as any double, and all of a value's numbers together at most
     * {@value #MAX_TOTAL_DIGITS}, so a small body cannot make a huge row.
     */
    private static void check(JsonNode json, long[] digits) throws InvalidValueException {
        if (json.isTextual()) {
            checkText(json.textValue());
        } else if (json.isNumber()) {
            long written = writtenOut(json);
            digits[0] += written;
            if (written > MAX_NUMBER_DIGITS) {
                throw new InvalidValueException("range", "must hold numbers of at most " + MAX_NUMBER_DIGITS
                        + " digits written out in full, as a double has");
            }
            if (digits[0] > MAX_TOTAL_DIGITS) {
                throw new InvalidValueException("range", "must hold at most " + MAX_TOTAL_DIGITS
                        + " digits of numbers in all, written out in full");
            }
        } else if (json.isArray()) {
            for (JsonNode item : json) {
                check(item, digits);
            }
        } else if (json.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> members = json.fields(); members.hasNext(); ) {
                Map.Entry<String, JsonNode> member = members.next();
                checkText(member.getKey());
                check(member.getValue(), digits);
            }
        }
    }

    /** The digits of a number written without an exponent: {@code 1e3} is 4, {@code 1.5e-3} is 5. */
    private static long writtenOut(JsonNode number) {
        if (number.isBigDecimal()) {
            BigDecimal value = number.decimalValue();
            long whole = Math.max(1L, (long) value.precision() - value.scale());
            return whole + Math.max(0, value.scale());
        }
        if (number.isBigInteger()) {
            return number.bigIntegerValue().abs().toString().length();
        }
        // a long, int or double: a double written out in full has at most 309 digits before the point and 324 after
        return number.isIntegralNumber() ? 20 : BigDecimal.valueOf(number.doubleValue()).stripTrailingZeros()
                .toPlainString().length();
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
