package dev.plinth.model;

import java.util.List;
import java.util.Optional;

/**
 * One entity: a table of rows with named, typed fields.
 *
 * @param id          short stable id; names may change, the id does not
 * @param name        the entity's name, also its table name and its API path
 * @param label       a human name, or {@code null}
 * @param description a description, or {@code null}
 * @param fields      the fields in display order, system fields excluded
 * @param indexes     composite (or single) indexes, by field names
 * @param uniques     composite unique constraints, by field names
 */
public record Entity(String id, String name, String label, String description, List<Field> fields,
                     List<IndexDef> indexes, List<IndexDef> uniques) {

    public Entity {
        fields = List.copyOf(fields);
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
        uniques = uniques == null ? List.of() : List.copyOf(uniques);
    }

    public Optional<Field> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public Optional<Field> fieldById(String fieldId) {
        return fields.stream().filter(f -> fieldId.equals(f.id())).findFirst();
    }

    public Entity withId(String newId) {
        return new Entity(newId, name, label, description, fields, indexes, uniques);
    }

    public Entity withFields(List<Field> newFields) {
        return new Entity(id, name, label, description, newFields, indexes, uniques);
    }

    /** The name people read: the label when there is one, the name otherwise. */
    public String displayName() {
        return label != null ? label : name;
    }
}
