package dev.plinth.query;

import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.type.FieldType;

/** A name on an entity, resolved against the model: what filters, sorts, field lists and expansions refer to. */
public sealed interface Member permits Member.Scalar, Member.ToOne, Member.ToMany {

    /** The name used in the API. */
    String name();

    /** A value held in a column of the entity's own table: a field or a system field. */
    record Scalar(String name, Field field, String column) implements Member {
        public FieldType type() {
            return field.type();
        }
    }

    /**
     * A reference: its value is the id in {@code column}; its path leads to one row of {@code target}.
     */
    record ToOne(String name, Field field, String column, Entity target) implements Member {
    }

    /**
     * A to-many relation: a many-to-many field (links in a junction table) or the inverse of another entity's
     * reference (rows of {@code target} whose {@code column} holds this row's id).
     *
     * @param field    the references field, or the reference field on {@code target} that this is the inverse of
     * @param junction the junction table of a many-to-many, or {@code null} for an inverse
     * @param column   for an inverse, the column of {@code target} that points back; otherwise {@code null}
     */
    record ToMany(String name, Field field, Entity target, String junction, String column) implements Member {
        public boolean isManyToMany() {
            return junction != null;
        }
    }
}
