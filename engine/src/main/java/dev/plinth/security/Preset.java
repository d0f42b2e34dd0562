package dev.plinth.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.model.Field;
import dev.plinth.model.type.InvalidValueException;
import dev.plinth.model.type.Storage;
import dev.plinth.query.filter.Variables;

/**
 * A value a create rule sets whatever the body says: a literal, read once through the field's type, or one of the
 * caller's variables ({@code $user.id}, {@code $user.email}, {@code $now}), filled in per request in the form the
 * field's column stores.
 */
sealed interface Preset permits Preset.Literal, Preset.Variable {

    /** The value to write for this caller. */
    Object value(Variables variables);

    record Literal(Object value) implements Preset {
        @Override
        public Object value(Variables variables) {
            return value;
        }
    }

    /**
     * @param name    {@code $user.id}, {@code $user.email} or {@code $now}
     * @param storage how the field's column stores the value
     */
    record Variable(String name, Storage storage) implements Preset {
        @Override
        public Object value(Variables variables) {
            return switch (name) {
                case "$user.id" -> storage == Storage.UUID || variables.userId() == null
                        ? variables.userId() : variables.userId().toString();
                case "$user.email" -> variables.email();
                case "$now" -> switch (storage) {
                    case DATE -> variables.now().toLocalDate();
                    case TIME -> variables.now().toLocalTime();
                    default -> variables.now();
                };
                default -> throw new IllegalStateException("not a preset variable: " + name);
            };
        }
    }

    /**
     * The preset of {@code field} written as {@code json} in a rule; throws when it is neither a known variable nor a
     * value of the field's type.
     */
    static Preset read(Field field, JsonNode json) throws InvalidValueException {
        if (json.isNull()) {
            return new Literal(null);
        }
        Storage storage = field.type().column(field).orElseThrow(() ->
                new InvalidValueException("preset", "cannot be preset: its values are not held in a column")).storage();
        if (json.isTextual() && json.textValue().startsWith("$")) {
            String name = json.textValue();
            if (!name.equals("$user.id") && !name.equals("$user.email") && !name.equals("$now")) {
                throw new InvalidValueException("preset", "names the unknown variable " + name);
            }
            return new Variable(name, storage);
        }
        return new Literal(field.type().read(json, field));
    }
}
