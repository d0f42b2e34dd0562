package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** An email address, checked for shape (one {@code @}, a dotted domain), stored as {@code varchar(254)}. */
public final class EmailType implements FieldType {

    /** The longest address SMTP allows. */
    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    @Override
    public String name() {
        return "email";
    }

    @Override
    public String widget() {
        return "email";
    }

    @Override
    public Set<FieldOption> options() {
        return EnumSet.of(FieldOption.REQUIRED, FieldOption.UNIQUE, FieldOption.DEFAULT,
                FieldOption.MAX_LENGTH, FieldOption.PATTERN);
    }

    @Override
    public Optional<Column> column(Field field) {
        return Optional.of(Column.varchar(field.maxLength() != null ? field.maxLength() : MAX_LENGTH));
    }

    @Override
    public Object read(JsonNode json, Field field) throws InvalidValueException {
        String text = TextValues.string(json);
        if (text.length() > MAX_LENGTH || !SHAPE.matcher(text).matches()) {
            throw new InvalidValueException("email", "must be an email address such as name@example.com");
        }
        return text;
    }

    @Override
    public ObjectNode jsonSchema(Field field) {
        return JsonSchemas.text(JsonSchemas.of("string", "email"), field, MAX_LENGTH);
    }

    @Override
    public Optional<Object> emptyValue(Field field) {
        return Optional.of("");
    }
}
