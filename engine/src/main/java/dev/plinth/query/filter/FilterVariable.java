package dev.plinth.query.filter;

import dev.plinth.model.type.FieldType;
import dev.plinth.model.type.FieldTypes;
import dev.plinth.model.type.Storage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The variables a filter may name, the field types each fits, and their values at compile time. */
enum FilterVariable {
    USER_ID("$user.id", List.of(FieldTypes.UUID, FieldTypes.REFERENCE, FieldTypes.REFERENCES, FieldTypes.STRING,
            FieldTypes.TEXT)),
    USER_EMAIL("$user.email", List.of(FieldTypes.STRING, FieldTypes.EMAIL, FieldTypes.TEXT)),
    USER_ROLES("$user.roles", List.of(FieldTypes.STRING, FieldTypes.TEXT, FieldTypes.ENUM)),
    NOW("$now", List.of(FieldTypes.DATE, FieldTypes.DATETIME, FieldTypes.TIME));

    private final String text;
    private final List<FieldType> fits;

    FilterVariable(String text, List<FieldType> fits) {
        this.text = text;
        this.fits = fits;
    }

    static Optional<FilterVariable> named(String text) {
        return Arrays.stream(values()).filter(v -> v.text.equals(text)).findFirst();
    }

    /** Every variable's name, for messages. */
    static String names() {
        return String.join(", ", Arrays.stream(values()).map(v -> v.text).sorted().toList());
    }

    String text() {
        return text;
    }

    /** Whether the variable is a list, usable only as the list of {@code in}. */
    boolean isList() {
        return this == USER_ROLES;
    }

    boolean fits(FieldType type) {
        return fits.contains(type);
    }

    /** The types it fits, for messages: "date, datetime and time". */
    String fitting() {
        List<String> names = fits.stream().map(FieldType::name).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * The value for a column stored as {@code storage}: a UUID or its text, a date, datetime or time of now.
     * {@link #USER_ROLES} is a list of role names.
     */
    Object value(Variables variables, Storage storage) {
        return switch (this) {
            case USER_ID -> storage == Storage.UUID || variables.userId() == null
                    ? variables.userId() : variables.userId().toString();
            case USER_EMAIL -> variables.email();
            case USER_ROLES -> variables.roles().stream().sorted().toList();
            case NOW -> switch (storage) {
                case DATE -> variables.now().toLocalDate();
                case TIME -> variables.now().toLocalTime();
                default -> variables.now();
            };
        };
    }
}
