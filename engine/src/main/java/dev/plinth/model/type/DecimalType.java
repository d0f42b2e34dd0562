package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    /** A decimal number written as a string, in the shapes {@link BigDecimal#BigDecimal(String)} reads. */
    static final String DIGITS = "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$";

    @Override
    public String name() {
        return "decimal";
    }

    @Override
    public String widget() {
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

    /**
     * A number within the field's min and max and within what {@code numeric(precision, scale)} holds: precision 3,
     * scale 1 gives -99.9 to 99.9.
     */
    @Override
    public ObjectNode jsonSchema(Field field) {
        BigDecimal largest = BigDecimal.ONE.scaleByPowerOfTen(precision(field) - scale(field))
                .subtract(BigDecimal.ONE.scaleByPowerOfTen(-scale(field)));
        BigDecimal lowest = field.min() != null ? field.min().max(largest.negate()) : largest.negate();
        BigDecimal highest = field.max() != null ? field.max().min(largest) : largest;
        return JsonSchemas.range(JsonSchemas.of("number"), lowest, highest);
    }

    /** A number as written, or the same number as a string, which keeps every digit whatever the client's number type. */
    @Override
    public ObjectNode inputSchema(Field field) {
        ObjectNode schema = jsonSchema(field);
        schema.putArray("type").add("number").add("string");
        return schema.put("pattern", DIGITS);
    }

    @Override
    public Optional<Object> emptyValue(Field field) {
        return Optional.of(BigDecimal.ZERO);
    }
}
