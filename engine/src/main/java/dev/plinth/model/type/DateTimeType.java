package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A moment in time with its time zone offset, such as {@code 2024-05-31T14:30:00Z}, stored as
 * {@code timestamptz}. A plain date such as {@code 2024-05-31} means its midnight in UTC. Years 1 to 9999 in UTC,
 * as RFC 3339 writes them: PostgreSQL would take earlier and later ones and give them back in forms (a {@code BC}
 * suffix, a five-digit year) no client parses as a date-time.
 */
public final class DateTimeType implements FieldType {

    @Override
    public String name() {
        return "datetime";
    }

    @Override
    public String widget() {
        return "datetime";
    }

    @Override
    public Set<FieldOption> options() {
        return EnumSet.of(FieldOption.REQUIRED, FieldOption.UNIQUE, FieldOption.DEFAULT);
    }

    @Override
    public Optional<Column> column(Field field) {
        return Optional.of(Column.of(Storage.TIMESTAMPTZ));
    }

    @Override
    public Object read(JsonNode json, Field field) throws InvalidValueException {
        OffsetDateTime value = parse(json);
        if (value == null) {
            throw new InvalidValueException("type", "must be a date and time such as 2024-05-31T14:30:00Z");
        }
        int year = value.withOffsetSameInstant(ZoneOffset.UTC).getYear();
        if (year < DateType.FIRST_YEAR || year > DateType.LAST_YEAR) {
            throw new InvalidValueException("range", "must be a date and time from 0001-01-01T00:00:00Z to"
                    + " 9999-12-31T23:59:59Z");
        }
        return value;
    }

    private static OffsetDateTime parse(JsonNode json) {
        if (!json.isTextual() || json.textValue().length() > 40) {
            return null;
        }
        String text = json.textValue();
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                if (text.length() == 10) {
                    return java.time.LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
                }
                return Instant.parse(text).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    @Override
    public ObjectNode jsonSchema(Field field) {
        return JsonSchemas.of("string", "date-time");
    }

    @Override
    public Optional<Object> emptyValue(Field field) {
        return Optional.of(OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC));
    }
}
