package dev.plinth.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.model.type.FieldType;
import java.math.BigDecimal;
import java.util.List;

/**
 * One field of an entity. Options that do not apply to the field's type are {@code null}; the
 * validator reports any that a file sets anyway.
 *
 * @param id           short stable id; a new name with the same id is a rename
 * @param name         the field's name in the API (camelCase)
 * @param type         the field type, from {@link dev.plinth.model.type.FieldTypes}
 * @param label        a human name, or {@code null}
 * @param description  a description, or {@code null}
 * @param required     whether every row must hold a value
 * @param unique       whether no two rows may hold the same value
 * @param defaultValue the value a new row gets when none is given, or {@code null}
 * @param minLength    minimum length of a text value
 * @param maxLength    maximum length of a text value
 * @param pattern      a regular expression a text value must match
 * @param min          the smallest number allowed
 * @param max          the largest number allowed
 * @param precision    total digits of a decimal
 * @param scale        digits after the decimal point of a decimal
 * @param values       the allowed values of an enum
 * @param target       the entity a reference or references field points to
 * @param onDelete     what a reference does when its target row is deleted
 * @param inverse      the name of the one-to-many relation a reference adds to its target (post.author with
 *                     inverse "posts" gives author a "posts" relation), or {@code null} for none
 */
public record Field(String id, String name, FieldType type, String label, String description,
                    boolean required, boolean unique, JsonNode defaultValue,
                    Integer minLength, Integer maxLength, String pattern,
                    BigDecimal min, BigDecimal max, Integer precision, Integer scale,
                    List<String> values, String target, OnDelete onDelete, String inverse) {

    public Field {
        values = values == null ? null : List.copyOf(values);
    }

    /** A field of the given type with every option unset; use the {@code with} methods to add some. */
    public static Field of(String name, FieldType type) {
        return new Field(null, name, type, null, null, false, false, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    public Field withId(String newId) {
        return new Field(newId, name, type, label, description, required, unique, defaultValue,
                minLength, maxLength, pattern, min, max, precision, scale, values, target, onDelete, inverse);
    }

    public Field withName(String newName) {
        return new Field(id, newName, type, label, description, required, unique, defaultValue,
                minLength, maxLength, pattern, min, max, precision, scale, values, target, onDelete, inverse);
    }

    public Field withRequired(boolean newRequired) {
        return new Field(id, name, type, label, description, newRequired, unique, defaultValue,
                minLength, maxLength, pattern, min, max, precision, scale, values, target, onDelete, inverse);
    }

    public Field withUnique(boolean newUnique) {
        return new Field(id, name, type, label, description, required, newUnique, defaultValue,
                minLength, maxLength, pattern, min, max, precision, scale, values, target, onDelete, inverse);
    }

    public Field withDefault(JsonNode newDefault) {
        return new Field(id, name, type, label, description, required, unique, newDefault,
                minLength, maxLength, pattern, min, max, precision, scale, values, target, onDelete, inverse);
    }

    public Field withLength(Integer newMinLength, Integer newMaxLength) {
        return new Field(id, name, type, label, description, required, unique, defaultValue,
                newMinLength, newMaxLength, pattern, min, max, precision, scale, values, target, onDelete, inverse);
    }

    public Field withType(FieldType newType) {
        return new Field(id, name, newType, label, description, required, unique, defaultValue,
                minLength, maxLength, pattern, min, max, precision, scale, values, target, onDelete, inverse);
    }

    public Field withTarget(String newTarget, OnDelete newOnDelete) {
        return new Field(id, name, type, label, description, required, unique, defaultValue,
                minLength, maxLength, pattern, min, max, precision, scale, values, newTarget, newOnDelete, inverse);
    }

    public Field withInverse(String newInverse) {
        return new Field(id, name, type, label, description, required, unique, defaultValue,
                minLength, maxLength, pattern, min, max, precision, scale, values, target, onDelete, newInverse);
    }

    /** The effective onDelete of a reference: restrict unless the file says otherwise. */
    public OnDelete onDeleteOrDefault() {
        return onDelete == null ? OnDelete.RESTRICT : onDelete;
    }

    /** The name people read: the label when there is one, the name otherwise. */
    public String displayName() {
        return label != null ? label : name;
    }
}
