package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.model.Field;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * An exact decimal number, stored as {@code numeric(precision, scale)}; precision defaults to 18 and scale
 * to 2. Values may be sent as JSON numbers or as strings, so that no digit is lost on the way.
 */
public final class DecimalType implements FieldType {

    public static final int DEFAULT_PRECISION = 18;
    public static final int DEFAULT_SCALE = 2;
    /** The most digits PostgreSQL allows in a declared numeric. */
    public static final int MAX_PRECISION = 1000;

    @Override
    public String name() {
        return "decimal";
    }

    @Override
    public Set<FieldOption> options() {
        return EnumSet.of(FieldOption.REQUIRED, FieldOption.UNIQUE, FieldOption.DEFAULT, FieldOption.MIN, FieldOption.MAX,
                FieldOption.PRECISION, FieldOption.SCALE);
    }

    @Override
    public Optional<Column> column(Field field) {
        return Optional.of(Column.numeric(precision(field), scale(field)));
    }

    public static int precision(Field field) {
        return field.precision() != null ? field.precision() : DEFAULT_PRECISION;
    }

    public static int scale(Field field) {
        return field.scale() != null ? field.scale() : DEFAULT_SCALE;
    }

    @Override
    public Object read(JsonNode json, Field field) throws InvalidValueException {
        BigDecimal value;
        if (json.isNumber()) {
            value = json.decimalValue();
        } else if (json.isTextual() && json.textValue().length() <= 1100) {
            try {
                value = new BigDecimal(json.textValue());
            } catch (NumberFormatException e) {
                throw new InvalidValueException("type", "must be a decimal number such as 12.50");
            }
        } else {
            throw new InvalidValueException("type", "must be a decimal number such as 12.50");
        }
        int precision = precision(field);
        int scale = scale(field);
        if (value.stripTrailingZeros().scale() > scale) {
            throw new InvalidValueException("scale", "must have at most " + scale + " digits after the decimal point");
        }
        // digits before the point, counted without expanding the number: 1e999999999 must not become a
        // billion-digit integer
        int wholeDigits = value.signum() == 0 ? 0 : value.precision() - value.scale();
        if (wholeDigits > precision - scale) {
            throw new InvalidValueException("precision",
                    "must have at most " + (precision - scale) + " digits before the decimal point");
        }
        return value;
    }

    @Override
    public Optional<Object> emptyValue(Field field) {
        return Optional.of(BigDecimal.ZERO);
    }
}
