package dev.plinth.query.write;

import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.IndexDef;
import dev.plinth.model.type.FieldTypes;
import dev.plinth.query.ModelIndex;
import dev.plinth.schema.SchemaNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model behind each constraint name the schema engine gives PostgreSQL, so a violation the database reports
 * names the entity and fields the caller knows.
 */
final class Constraints {

    /** What one constraint guards. */
    record Guard(Entity entity, List<String> fields) {
    }

    private final Map<String, Guard> byName = new HashMap<>();

    Constraints(ModelIndex index) {
        for (Entity entity : index.entities()) {
            for (Field field : entity.fields()) {
                if (field.unique()) {
                    byName.put(SchemaNames.unique(entity, field), new Guard(entity, List.of(field.name())));
                }
                if (field.type() == FieldTypes.REFERENCE) {
                    byName.put(SchemaNames.foreignKey(entity, field), new Guard(entity, List.of(field.name())));
                }
                if (field.type() == FieldTypes.REFERENCES) {
                    byName.put(SchemaNames.junctionTargetKey(entity, field), new Guard(entity, List.of(field.name())));
                }
            }
            for (IndexDef unique : entity.uniques()) {
                byName.put(SchemaNames.compositeUnique(entity, unique), new Guard(entity, unique.fields()));
            }
        }
    }

    Optional<Guard> guard(String constraint) {
        return Optional.ofNullable(constraint == null ? null : byName.get(constraint));
    }
}
