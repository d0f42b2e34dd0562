package dev.plinth.admin.designer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.model.Field;
import dev.plinth.model.OnDelete;
import dev.plinth.model.type.FieldOption;
import dev.plinth.model.type.FieldType;
import dev.plinth.model.type.FieldTypes;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads the field form into a {@link Field}. Only the options the chosen type accepts are read, so inputs left over
 * from another type (a page without JavaScript shows them all) change nothing. What cannot even be read, such as
 * "abc" for a maximum length, is reported here; the engine's rules check the rest.
 */
final class FieldReader {

    /** The field as read, and what could not be read; {@code field} is {@code null} when errors say why. */
    record Read(Field field, FormErrors errors) {
    }

    private final FieldForm form;
    private final FormErrors errors = FormErrors.none();

    private FieldReader(FieldForm form) {
        this.form = form;
    }

    static Read read(FieldForm form) {
        return new FieldReader(form).read();
    }

    private Read read() {
        String name = trimmed(form.name());
        if (name == null) {
            errors.add("name", "give the field a name, such as publishedAt");
        }
        FieldType type = form.type() == null ? null : FieldTypes.byName(form.type()).orElse(null);
        if (type == null) {
            errors.add("type", "choose one of the types in the list");
            return new Read(null, errors);
        }
        Set<FieldOption> accepts = type.options();
        JsonNode defaultValue = null;
        if (accepts.contains(FieldOption.DEFAULT)) {
            DefaultInput input = DefaultInput.of(type);
            try {
                defaultValue = input.read(switch (input) {
                    case FLAG -> form.defaultFlag();
                    case JSON -> form.defaultJson();
                    case TEXT, NUMBER -> form.defaultText();
                });
            } catch (DefaultInput.BadInput e) {
                errors.add("default", e.getMessage());
            }
        }
        List<String> values = accepts.contains(FieldOption.VALUES) ? lines(form.values()) : null;
        if (type == FieldTypes.ENUM && values == null) {
            errors.add("values", "list the values a person can choose from, one a line");
        }
        String target = accepts.contains(FieldOption.TARGET) ? trimmed(form.target()) : null;
        if (FieldTypes.isRelation(type) && target == null) {
            errors.add("target", "choose the entity this field points to");
        }
        Field field = new Field(null, name, type, trimmed(form.label()), trimmed(form.description()),
                accepts.contains(FieldOption.REQUIRED) && Boolean.TRUE.equals(form.required()),
                accepts.contains(FieldOption.UNIQUE) && Boolean.TRUE.equals(form.unique()), defaultValue,
                whole(FieldOption.MIN_LENGTH, accepts, form.minLength()),
                whole(FieldOption.MAX_LENGTH, accepts, form.maxLength()),
                accepts.contains(FieldOption.PATTERN) ? trimmed(form.pattern()) : null,
                number(FieldOption.MIN, accepts, form.min()), number(FieldOption.MAX, accepts, form.max()),
                whole(FieldOption.PRECISION, accepts, form.precision()), whole(FieldOption.SCALE, accepts, form.scale()),
                values, target, onDelete(accepts), accepts.contains(FieldOption.INVERSE) ? trimmed(form.inverse()) : null);
        return new Read(errors.isEmpty() ? field : null, errors);
    }

    private Integer whole(FieldOption option, Set<FieldOption> accepts, String text) {
        String value = accepts.contains(option) ? trimmed(text) : null;
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(option.json(), "'" + value + "' is not a whole number; write it like 200");
            return null;
        }
    }

    private BigDecimal number(FieldOption option, Set<FieldOption> accepts, String text) {
        String value = accepts.contains(option) ? trimmed(text) : null;
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.add(option.json(), "'" + value + "' is not a number; write it like 0, 5 or 4.5");
            return null;
        }
    }

    private OnDelete onDelete(Set<FieldOption> accepts) {
        String value = accepts.contains(FieldOption.ON_DELETE) ? trimmed(form.onDelete()) : null;
        if (value == null) {
            return null;
        }
        try {
            return OnDelete.fromJson(value);
        } catch (IllegalArgumentException e) {
            errors.add("onDelete", "choose one of the choices in the list");
            return null;
        }
    }

    /** The non-blank lines, trimmed; {@code null} when there are none. */
    private static List<String> lines(String text) {
        if (text == null) {
            return null;
        }
        List<String> lines = Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return lines.isEmpty() ? null : lines;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
