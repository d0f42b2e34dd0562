package dev.plinth.model.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Field;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** An absolute http or https address, stored as {@code varchar(2048)}. */
public final class UrlType implements FieldType {

    /** The longest address a url field holds unless it sets maxLength. */
    public static final int MAX_LENGTH = 2048;

    @Override
    public String name() {
        return "url";
    }

    @Override
    public String widget() {
        return "url";
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
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new InvalidValueException("url", "must be an http or https address such as https://example.com/page");
    }

    @Override
    public ObjectNode jsonSchema(Field field) {
        return JsonSchemas.text(JsonSchemas.of("string", "uri"), field, MAX_LENGTH);
    }

    @Override
    public Optional<Object> emptyValue(Field field) {
        return Optional.of("");
    }
}
