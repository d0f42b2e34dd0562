package dev.plinth.admin.designer;

import dev.plinth.model.Field;
import dev.plinth.model.type.FieldTypes;
import java.math.BigDecimal;
import java.util.List;

/**
 * The field form as typed: every value kept as text, so a bad number is shown back as it was typed, next to its
 * error. Options the chosen type does not accept are ignored when the form is read ({@link FieldReader}).
 *
 * @param defaultText a default written as text, for every type but boolean and json
 * @param defaultFlag a boolean default: {@code true}, {@code false} or empty
 * @param defaultJson a json default, as JSON text
 * @param values      enum values, one a line
 */
public record FieldForm(String name, String type, String label, String description, Boolean required, Boolean unique,
                        String defaultText, String defaultFlag, String defaultJson,
                        String minLength, String maxLength, String pattern, String min, String max,
                        String precision, String scale, String values, String target, String onDelete,
                        String inverse) {

    /** The inputs of the form, by name; errors about anything else are listed above it. */
    static final List<String> INPUTS = List.of("name", "type", "label", "description", "required", "unique",
            "defaultText", "defaultFlag", "defaultJson", "minLength", "maxLength", "pattern", "min", "max", "precision", "scale", "values", "target",
            "onDelete", "inverse");

    /** The type a new field starts with. */
    static final String FIRST_TYPE = FieldTypes.STRING.name();

    static FieldForm blank() {
        return new FieldForm("", FIRST_TYPE, "", "", false, false, "", "", "", "", "", "", "", "", "", "", "", "",
                "", "");
    }

    static FieldForm of(Field field) {
        DefaultInput input = DefaultInput.of(field.type());
        String defaultValue = DefaultInput.show(field.defaultValue());
        return new FieldForm(field.name(), field.type().name(), text(field.label()), text(field.description()),
                field.required(), field.unique(),
                input == DefaultInput.FLAG || input == DefaultInput.JSON ? "" : defaultValue,
                input == DefaultInput.FLAG ? defaultValue : "", input == DefaultInput.JSON ? defaultValue : "",
                number(field.minLength()), number(field.maxLength()), text(field.pattern()),
                decimal(field.min()), decimal(field.max()), number(field.precision()), number(field.scale()),
                field.values() == null ? "" : String.join("\n", field.values()), text(field.target()),
                field.onDelete() == null ? "" : field.onDelete().json(), text(field.inverse()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
