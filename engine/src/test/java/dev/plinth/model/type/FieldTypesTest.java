package dev.plinth.model.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.model.Field;
import dev.plinth.model.JsonFiles;
import dev.plinth.model.ModelJson;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each field type reading good and bad JSON values, {@link Column#widensTo} and {@link Constraints#check}.
 * Fields and values are JSON written with single quotes for strings.
 */
class FieldTypesTest {

    private static final String A = "0190a5e4-6b1c-7d2e-8f30-1a2b3c4d5e6f";
    private static final String B = "0190a5e4-6b1c-7d2e-8f30-1a2b3c4d5e70";
    private static final String INT_RANGE = "must be a whole number between -2147483648 and 2147483647";
    private static final String LONG_RANGE = "must be a whole number between -9223372036854775808 and 9223372036854775807";
    private static final String DECIMAL = "must be a decimal number such as 12.50";
    private static final String DATE = "must be a date such as 2024-05-31";
    private static final String DATETIME = "must be a date and time such as 2024-05-31T14:30:00Z";
    private static final String JSON_NUMBER =
            "must hold numbers of at most 400 digits written out in full, as a double has";
    private static final String DATETIME_RANGE =
            "must be a date and time from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z";
    private static final String TIME = "must be a time of day such as 14:30";
    private static final String UUID_SHAPE = "must be a UUID such as 0190a5e4-6b1c-7d2e-8f30-1a2b3c4d5e6f";
    private static final String EMAIL = "must be an email address such as name@example.com";
    private static final String HALF_PAIR = "must be valid Unicode: it holds half of a surrogate pair";
    private static final String URL = "must be an http or https address such as https://example.com/page";
    private static final String TEXT = "must be a text value";

    static Stream<Arguments> goodValues() {
        return Stream.of(
                good("{'type': 'string'}", "'hello'", "hello"),
                good("{'type': 'string'}", "''", ""),
                good("{'type': 'string'}", "'\\ud83d\\ude00 pair'", "\ud83d\ude00 pair"),
                good("{'type': 'text'}", "'line one\\nline two'", "line one\nline two"),
                good("{'type': 'integer'}", "1", 1),
                good("{'type': 'integer'}", "-2147483648", -2147483648),
                good("{'type': 'integer'}", "2147483647", 2147483647),
                good("{'type': 'long'}", "2147483648", 2147483648L),
                good("{'type': 'long'}", "-9223372036854775808", Long.MIN_VALUE),
                good("{'type': 'long'}", "9223372036854775807", Long.MAX_VALUE),
                good("{'type': 'decimal'}", "12.50", new BigDecimal("12.50")),
                good("{'type': 'decimal'}", "'12.50'", new BigDecimal("12.50")),
                good("{'type': 'decimal'}", "7", new BigDecimal("7")),
                good("{'type': 'decimal', 'precision': 5, 'scale': 2}", "999.99", new BigDecimal("999.99")),
                good("{'type': 'decimal', 'precision': 5, 'scale': 2}", "-999.99", new BigDecimal("-999.99")),
                good("{'type': 'decimal', 'precision': 5, 'scale': 2}", "0.5", new BigDecimal("0.5")),
                good("{'type': 'decimal', 'precision': 5, 'scale': 2}", "1.2300", new BigDecimal("1.2300")),
                good("{'type': 'decimal', 'precision': 2, 'scale': 2}", "0.99", new BigDecimal("0.99")),
                good("{'type': 'decimal', 'precision': 3, 'scale': 0}", "'1e2'", new BigDecimal("1e2")),
                good("{'type': 'boolean'}", "true", true),
                good("{'type': 'boolean'}", "false", false),
                good("{'type': 'date'}", "'2024-05-31'", LocalDate.of(2024, 5, 31)),
                good("{'type': 'date'}", "'2024-02-29'", LocalDate.of(2024, 2, 29)),
                good("{'type': 'datetime'}", "'2024-05-31T14:30:00Z'", OffsetDateTime.parse("2024-05-31T14:30:00Z")),
                good("{'type': 'datetime'}", "'2024-05-31T14:30:00+02:00'", OffsetDateTime.parse("2024-05-31T14:30:00+02:00")),
                good("{'type': 'datetime'}", "'2024-05-31T14:30:00.123456-05:30'", OffsetDateTime.parse("2024-05-31T14:30:00.123456-05:30")),
                good("{'type': 'datetime'}", "'2024-05-31'", OffsetDateTime.parse("2024-05-31T00:00:00Z")),
                good("{'type': 'datetime'}", "'0001-01-01T00:00:00Z'", OffsetDateTime.parse("0001-01-01T00:00:00Z")),
                good("{'type': 'datetime'}", "'9999-12-31T23:59:59.999999Z'",
                        OffsetDateTime.parse("9999-12-31T23:59:59.999999Z")),
                good("{'type': 'date'}", "'0001-01-01'", LocalDate.of(1, 1, 1)),
                good("{'type': 'date'}", "'9999-12-31'", LocalDate.of(9999, 12, 31)),
                good("{'type': 'time'}", "'14:30'", LocalTime.of(14, 30)),
                good("{'type': 'time'}", "'14:30:15'", LocalTime.of(14, 30, 15)),
                good("{'type': 'time'}", "'00:00:00.5'", LocalTime.of(0, 0, 0, 500_000_000)),
                good("{'type': 'uuid'}", "'" + A + "'", UUID.fromString(A)),
                good("{'type': 'uuid'}", "'" + A.toUpperCase() + "'", UUID.fromString(A)),
                good("{'type': 'email'}", "'name@example.com'", "name@example.com"),
                good("{'type': 'email'}", "'first.last+tag@mail.example.co.uk'", "first.last+tag@mail.example.co.uk"),
                good("{'type': 'email'}", "'o\\u0027brien@example.com'", "o'brien@example.com"),
                good("{'type': 'url'}", "'https://example.com/page?q=1#top'", "https://example.com/page?q=1#top"),
                good("{'type': 'url'}", "'HTTP://example.com'", "HTTP://example.com"),
                good("{'type': 'url'}", "'http://localhost:8080/'", "http://localhost:8080/"),
                good("{'type': 'enum', 'values': ['draft', 'published']}", "'draft'", "draft"),
                good("{'type': 'json'}", "{'a': [1, null]}", json("{'a': [1, null]}")),
                good("{'type': 'json'}", "'just text'", json("'just text'")),
                good("{'type': 'json'}", "[1e399, 1.5e-398, -1.7976931348623157e308, 4.9e-324]",
                        json("[1e399, 1.5e-398, -1.7976931348623157e308, 4.9e-324]")),
                good("{'type': 'reference', 'target': 'author'}", "'" + A + "'", UUID.fromString(A)),
                good("{'type': 'references', 'target': 'tag'}", "[]", List.of()),
                good("{'type': 'references', 'target': 'tag'}", "['" + B + "', '" + A + "']", List.of(UUID.fromString(B), UUID.fromString(A))),
                good("{'type': 'references', 'target': 'tag'}", "['" + A + "', '" + B + "', '" + A + "']", List.of(UUID.fromString(A), UUID.fromString(B)))
        );
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @MethodSource
    void goodValues(String fieldJson, String valueJson, Object expected) throws InvalidValueException {
        Field field = field(fieldJson);
        Object value = field.type().read(json(valueJson), field);
        if (expected instanceof BigDecimal decimal) {
            assertThat((BigDecimal) value).isEqualByComparingTo(decimal);
        } else {
            assertThat(value).isEqualTo(expected);
        }
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                bad("{'type': 'string'}", "5", "type", TEXT),
                bad("{'type': 'string'}", "null", "type", TEXT),
                bad("{'type': 'string'}", "'a\\u0000b'", "type", "must not contain the NUL character"),
                bad("{'type': 'text'}", "'a\\ud800b'", "type", HALF_PAIR),
                bad("{'type': 'json'}", "{'a': ['b\\u0000']}", "type", "must not contain the NUL character"),
                bad("{'type': 'json'}", "{'a\\u0000': 1}", "type", "must not contain the NUL character"),
                bad("{'type': 'json'}", "[{'a': '\\udc00'}]", "type", HALF_PAIR),
                bad("{'type': 'json'}", "{'a': 1e400}", "range", JSON_NUMBER),
                bad("{'type': 'json'}", "[1.5e-399]", "range", JSON_NUMBER),
                bad("{'type': 'json'}", "[" + "1" + "0".repeat(400) + "]", "range", JSON_NUMBER),
                bad("{'type': 'json'}", "[" + "1e399, ".repeat(2700) + "1]", "range",
                        "must hold at most 1048576 digits of numbers in all, written out in full"),
                bad("{'type': 'string'}", "'\\ude00 low first'", "type", HALF_PAIR),
                bad("{'type': 'enum', 'values': ['a']}", "'a\\ud83d'", "type", HALF_PAIR),
                bad("{'type': 'text'}", "['a']", "type", TEXT),
                bad("{'type': 'integer'}", "1.5", "type", INT_RANGE),
                bad("{'type': 'integer'}", "1.0", "type", INT_RANGE),
                bad("{'type': 'integer'}", "'1'", "type", INT_RANGE),
                bad("{'type': 'integer'}", "2147483648", "type", INT_RANGE),
                bad("{'type': 'integer'}", "-2147483649", "type", INT_RANGE),
                bad("{'type': 'integer'}", "true", "type", INT_RANGE),
                bad("{'type': 'long'}", "9223372036854775808", "type", LONG_RANGE),
                bad("{'type': 'long'}", "1.5", "type", LONG_RANGE),
                bad("{'type': 'long'}", "'1'", "type", LONG_RANGE),
                bad("{'type': 'decimal'}", "'abc'", "type", DECIMAL),
                bad("{'type': 'decimal'}", "' 1'", "type", DECIMAL),
                bad("{'type': 'decimal'}", "'NaN'", "type", DECIMAL),
                bad("{'type': 'decimal'}", "true", "type", DECIMAL),
                bad("{'type': 'decimal'}", "0.001", "scale", "must have at most 2 digits after the decimal point"),
                bad("{'type': 'decimal', 'precision': 5, 'scale': 2}", "123.456", "scale", "must have at most 2 digits after the decimal point"),
                bad("{'type': 'decimal', 'precision': 5, 'scale': 2}", "1000", "precision", "must have at most 3 digits before the decimal point"),
                bad("{'type': 'decimal', 'precision': 5, 'scale': 2}", "-1000.5", "precision", "must have at most 3 digits before the decimal point"),
                bad("{'type': 'decimal', 'precision': 2, 'scale': 2}", "1.00", "precision", "must have at most 0 digits before the decimal point"),
                bad("{'type': 'decimal', 'precision': 5, 'scale': 2}", "'1e999999999'", "precision", "must have at most 3 digits before the decimal point"),
                bad("{'type': 'decimal', 'precision': 5, 'scale': 2}", "1e999999999", "precision", "must have at most 3 digits before the decimal point"),
                bad("{'type': 'decimal', 'precision': 5, 'scale': 2}", "'1e-999999999'", "scale", "must have at most 2 digits after the decimal point"),
                bad("{'type': 'boolean'}", "'true'", "type", "must be true or false"),
                bad("{'type': 'boolean'}", "1", "type", "must be true or false"),
                bad("{'type': 'date'}", "'2024-02-30'", "type", DATE),
                bad("{'type': 'date'}", "'2023-02-29'", "type", DATE),
                bad("{'type': 'date'}", "'2024-5-31'", "type", DATE),
                bad("{'type': 'date'}", "'31.05.2024'", "type", DATE),
                bad("{'type': 'date'}", "'2024-05-31T14:30:00Z'", "type", DATE),
                bad("{'type': 'date'}", "20240531", "type", DATE),
                bad("{'type': 'date'}", "'0000-12-31'", "range", "must be a date from 0001-01-01 to 9999-12-31"),
                bad("{'type': 'date'}", "'-100-01-01'", "type", DATE),
                bad("{'type': 'datetime'}", "'2024-05-31T14:30:00'", "type", DATETIME),
                bad("{'type': 'datetime'}", "'2024-05-31 14:30:00Z'", "type", DATETIME),
                bad("{'type': 'datetime'}", "'2024-13-01T00:00:00Z'", "type", DATETIME),
                bad("{'type': 'datetime'}", "'yesterday'", "type", DATETIME),
                bad("{'type': 'datetime'}", "1717165800", "type", DATETIME),
                bad("{'type': 'datetime'}", "'-4714-01-01T00:00:00Z'", "range", DATETIME_RANGE),
                bad("{'type': 'datetime'}", "'0001-01-01T00:30:00+01:00'", "range", DATETIME_RANGE),
                bad("{'type': 'datetime'}", "'9999-12-31T23:30:00-01:00'", "range", DATETIME_RANGE),
                bad("{'type': 'datetime'}", "'+10000-01-01T00:00:00Z'", "range", DATETIME_RANGE),
                bad("{'type': 'time'}", "'24:00'", "type", TIME),
                bad("{'type': 'time'}", "'2pm'", "type", TIME),
                bad("{'type': 'time'}", "'14:30Z'", "type", TIME),
                bad("{'type': 'time'}", "1430", "type", TIME),
                bad("{'type': 'uuid'}", "'not-a-uuid'", "type", UUID_SHAPE),
                bad("{'type': 'uuid'}", "'0190a5e46b1c7d2e8f301a2b3c4d5e6f'", "type", UUID_SHAPE),
                bad("{'type': 'uuid'}", "'{" + A + "}'", "type", UUID_SHAPE),
                bad("{'type': 'uuid'}", "123", "type", UUID_SHAPE),
                bad("{'type': 'email'}", "'name'", "email", EMAIL),
                bad("{'type': 'email'}", "'name@localhost'", "email", EMAIL),
                bad("{'type': 'email'}", "'@example.com'", "email", EMAIL),
                bad("{'type': 'email'}", "'a b@example.com'", "email", EMAIL),
                bad("{'type': 'email'}", "'name@example..com'", "email", EMAIL),
                bad("{'type': 'email'}", "'name@-example.com'", "email", EMAIL),
                bad("{'type': 'email'}", "'" + "a".repeat(243) + "@example.com'", "email", EMAIL),
                bad("{'type': 'email'}", "5", "type", TEXT),
                bad("{'type': 'url'}", "'example.com'", "url", URL),
                bad("{'type': 'url'}", "'ftp://example.com/file'", "url", URL),
                bad("{'type': 'url'}", "'https://'", "url", URL),
                bad("{'type': 'url'}", "'https://exa mple.com'", "url", URL),
                bad("{'type': 'url'}", "'javascript:alert(1)'", "url", URL),
                bad("{'type': 'url'}", "'/relative/path'", "url", URL),
                bad("{'type': 'enum', 'values': ['draft', 'published']}", "'archived'", "enum", "must be one of draft, published"),
                bad("{'type': 'enum', 'values': ['draft', 'published']}", "'Draft'", "enum", "must be one of draft, published"),
                bad("{'type': 'enum', 'values': ['draft', 'published']}", "1", "type", TEXT),
                bad("{'type': 'reference', 'target': 'author'}", "'42'", "type", "must be the id of a row in author"),
                bad("{'type': 'references', 'target': 'tag'}", "'" + A + "'", "type", "must be a list of ids of rows in tag"),
                bad("{'type': 'references', 'target': 'tag'}", "['" + A + "', 'x']", "type", "must be a list of ids of rows in tag"),
                bad("{'type': 'references', 'target': 'tag'}", "[1]", "type", "must be a list of ids of rows in tag"),
                bad("{'type': 'references', 'target': 'tag'}", "[" + ("'" + A + "', ").repeat(1000) + "'" + A + "']", "maxItems", "must list at most 1000 ids")
        );
    }

    @ParameterizedTest(name = "{0} rejects {1}")
    @MethodSource
    void badValues(String fieldJson, String valueJson, String code, String message) {
        Field field = field(fieldJson);
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                () -> field.type().read(json(valueJson), field));
        assertThat(e).as("rejects " + valueJson).isNotNull();
        assertThat(e.code() + ": " + e.getMessage()).isEqualTo(code + ": " + message);
    }

    @Test
    void aDecimalWithAHugeExponentIsRejectedAtOnce() {
        Field field = field("{'type': 'decimal'}");
        JsonNode value = json("'1e99999999'");
        InvalidValueException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> catchThrowableOfType(InvalidValueException.class, () -> field.type().read(value, field)));
        assertThat(e).hasMessage("must have at most 16 digits before the decimal point");
    }

    static Stream<Arguments> widening() {
        return Stream.of(
                widens(Column.varchar(100), Column.varchar(200), true),
                widens(Column.varchar(200), Column.varchar(100), false),
                widens(Column.varchar(100), Column.varchar(100), true),
                widens(Column.varchar(100), Column.of(Storage.TEXT), true),
                widens(Column.of(Storage.TEXT), Column.varchar(10_485_760), false),
                widens(Column.of(Storage.INTEGER), Column.of(Storage.BIGINT), true),
                widens(Column.of(Storage.BIGINT), Column.of(Storage.INTEGER), false),
                widens(Column.of(Storage.INTEGER), Column.numeric(10, 0), true),
                widens(Column.of(Storage.INTEGER), Column.numeric(12, 2), true),
                widens(Column.of(Storage.INTEGER), Column.numeric(9, 0), false),
                widens(Column.of(Storage.INTEGER), Column.numeric(11, 2), false),
                widens(Column.of(Storage.BIGINT), Column.numeric(19, 0), true),
                widens(Column.of(Storage.BIGINT), Column.numeric(18, 0), false),
                widens(Column.numeric(5, 2), Column.numeric(7, 2), true),
                widens(Column.numeric(5, 2), Column.numeric(6, 3), true),
                widens(Column.numeric(5, 2), Column.numeric(5, 3), false),
                widens(Column.numeric(5, 2), Column.numeric(5, 1), false),
                widens(Column.numeric(5, 2), Column.numeric(4, 2), false),
                widens(Column.numeric(5, 0), Column.of(Storage.INTEGER), false),
                widens(Column.numeric(5, 2), Column.of(Storage.TEXT), false),
                widens(Column.of(Storage.UUID), Column.of(Storage.UUID), true),
                widens(Column.of(Storage.DATE), Column.of(Storage.TIMESTAMPTZ), false),
                widens(Column.of(Storage.BOOLEAN), Column.of(Storage.TEXT), false),
                widens(Column.of(Storage.JSONB), Column.of(Storage.TEXT), false)
        );
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @MethodSource
    void widening(Column from, Column to, boolean safe) {
        assertThat(from.widensTo(to)).isEqualTo(safe);
    }

    static Stream<Arguments> constraints() {
        return Stream.of(
                holds("{'type': 'string', 'minLength': 2, 'maxLength': 3}", "ab"),
                holds("{'type': 'string', 'minLength': 2, 'maxLength': 3}", "abc"),
                holds("{'type': 'string', 'maxLength': 2}", "😀😀"),
                holds("{'type': 'string'}", "x".repeat(255)),
                holds("{'type': 'text'}", "x".repeat(100_000)),
                holds("{'type': 'string', 'pattern': '^[a-z0-9-]+$'}", "hello-world"),
                holds("{'type': 'string', 'pattern': 'b'}", "abc"),
                holds("{'type': 'integer', 'min': 1, 'max': 5}", 1),
                holds("{'type': 'integer', 'min': 1, 'max': 5}", 5),
                holds("{'type': 'long', 'min': -1}", -1L),
                holds("{'type': 'decimal', 'min': 0.5, 'max': 2.5}", new BigDecimal("2.50")),
                holds("{'type': 'boolean'}", true),
                breaks("{'type': 'string', 'minLength': 2}", "a", "minLength: must be at least 2 characters long"),
                breaks("{'type': 'string', 'maxLength': 3}", "abcd", "maxLength: must be at most 3 characters long"),
                breaks("{'type': 'string', 'maxLength': 1}", "😀😀", "maxLength: must be at most 1 characters long"),
                breaks("{'type': 'string'}", "x".repeat(256), "maxLength: must be at most 255 characters long"),
                breaks("{'type': 'email'}", "x".repeat(255), "maxLength: must be at most 254 characters long"),
                breaks("{'type': 'string', 'pattern': '^[a-z0-9-]+$'}", "Hello World", "pattern: must match the pattern ^[a-z0-9-]+$"),
                breaks("{'type': 'integer', 'min': 1, 'max': 5}", 0, "min: must be at least 1"),
                breaks("{'type': 'integer', 'min': 1, 'max': 5}", 6, "max: must be at most 5"),
                breaks("{'type': 'long', 'max': 10}", 11L, "max: must be at most 10"),
                breaks("{'type': 'decimal', 'min': 0.5}", new BigDecimal("0.49"), "min: must be at least 0.5"),
                breaks("{'type': 'decimal', 'max': 1E+3}", new BigDecimal("1000.01"), "max: must be at most 1000")
        );
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource
    void constraints(String fieldJson, Object value, String broken) {
        Field field = field(fieldJson);
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Constraints.check(field, value));
        assertThat(e == null ? null : e.code() + ": " + e.getMessage()).isEqualTo(broken);
    }

    private static Arguments good(String field, String value, Object expected) {
        return Arguments.of(field, value, expected);
    }

    private static Arguments bad(String field, String value, String code, String message) {
        return Arguments.of(field, value, code, message);
    }

    private static Arguments widens(Column from, Column to, boolean safe) {
        return Arguments.of(from, to, safe);
    }

    private static Arguments holds(String field, Object value) {
        return Arguments.of(field, value, null);
    }

    private static Arguments breaks(String field, Object value, String broken) {
        return Arguments.of(field, value, broken);
    }

    /** A field named {@code f} from its JSON without the name. */
    private static Field field(String json) {
        return ModelJson.readField(json("{'name': 'f', " + json.substring(1)));
    }

    private static JsonNode json(String singleQuoted) {
        try {
            return JsonFiles.parse(singleQuoted.replace('\'', '"'));
        } catch (JsonFiles.InvalidJsonException e) {
            throw new IllegalArgumentException(singleQuoted, e);
        }
    }
}
