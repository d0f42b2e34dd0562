package dev.plinth.model;

import dev.plinth.model.type.FieldTypes;
import java.util.List;
import java.util.Optional;

/**
 * The fields Plinth adds to every entity and maintains itself, as field records so that filters, sorts and the
 * API treat them like any other field. They are read-only through the API.
 */
public final class SystemFields {

    public static final Field ID = Field.of("id", FieldTypes.UUID).withRequired(true).withUnique(true);
    public static final Field CREATED_AT = Field.of("createdAt", FieldTypes.DATETIME).withRequired(true);
    public static final Field UPDATED_AT = Field.of("updatedAt", FieldTypes.DATETIME).withRequired(true);
    public static final Field CREATED_BY = Field.of("createdBy", FieldTypes.UUID);
    public static final Field UPDATED_BY = Field.of("updatedBy", FieldTypes.UUID);
    public static final Field VERSION = Field.of("version", FieldTypes.INTEGER).withRequired(true);

    /** In the order the API writes them: id first, the rest after the entity's own fields. */
    public static final List<Field> ALL = List.of(ID, CREATED_AT, UPDATED_AT, CREATED_BY, UPDATED_BY, VERSION);

    private SystemFields() {
    }

    public static Optional<Field> byName(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public static boolean isSystem(Field field) {
        return ALL.contains(field);
    }
}
