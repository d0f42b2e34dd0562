package dev.plinth.admin.designer;

import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.IndexDef;
import dev.plinth.model.Model;
import dev.plinth.model.ModelIds;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Design changes to the fields of one entity, as pure functions from one model to the next. An edited field keeps
 * its id, so a new name is a rename; indexes, unique constraints and role rules that name the field follow it.
 */
final class FieldChanges {

    private FieldChanges() {
    }

    /** Adds {@code field} (its id is ignored) with a fresh id, after the entity's other fields. */
    static Model add(Model model, String entityName, Field field) {
        Entity entity = EntityChanges.entity(model, entityName);
        List<Field> fields = new ArrayList<>(entity.fields());
        fields.add(field.withId(ModelIds.fresh(EntityChanges.usedIds(model))));
        return EntityChanges.replace(model, entityName, entity.withFields(fields));
    }

    /** Replaces the field named {@code fieldName} with {@code changed}, keeping the field's id and place. */
    static Model edit(Model model, String entityName, String fieldName, Field changed) {
        Entity entity = EntityChanges.entity(model, entityName);
        Field before = field(entity, fieldName);
        Field after = changed.withId(before.id());
        Model result = EntityChanges.replace(model, entityName, entity.withFields(entity.fields().stream()
                .map(f -> f == before ? after : f).toList()));
        if (!after.name().equals(fieldName)) {
            result = renameInIndexes(result, entityName, n -> n.equals(fieldName) ? after.name() : n);
            result = RoleRewrites.renameField(result, entityName, fieldName, after.name());
        }
        return result;
    }

    /** The entity without the field, without the indexes and unique constraints over it, and out of role rules. */
    static Model remove(Model model, String entityName, String fieldName) {
        Entity entity = EntityChanges.entity(model, entityName);
        Field removed = field(entity, fieldName);
        Entity without = entity.withFields(entity.fields().stream().filter(f -> f != removed).toList());
        Model result = EntityChanges.replace(model, entityName, EntityChanges.withIndexes(without,
                withoutField(entity.indexes(), fieldName), withoutField(entity.uniques(), fieldName)));
        return RoleRewrites.removeField(result, entityName, fieldName);
    }

    /** Moves the field one place up ({@code -1}) or down ({@code +1}); at either end it stays where it is. */
    static Model move(Model model, String entityName, String fieldName, int step) {
        Entity entity = EntityChanges.entity(model, entityName);
        List<Field> fields = new ArrayList<>(entity.fields());
        int from = fields.indexOf(field(entity, fieldName));
        int to = from + Integer.signum(step);
        if (to < 0 || to >= fields.size()) {
            return model;
        }
        fields.add(to, fields.remove(from));
        return EntityChanges.replace(model, entityName, entity.withFields(fields));
    }

    static Field field(Entity entity, String fieldName) {
        return entity.field(fieldName).orElseThrow(() -> new DesignException(
                "The entity '" + entity.name() + "' has no field named '" + fieldName + "'."));
    }

    private static List<IndexDef> withoutField(List<IndexDef> indexes, String fieldName) {
        return indexes.stream().filter(index -> !index.fields().contains(fieldName)).toList();
    }

    private static Model renameInIndexes(Model model, String entityName, UnaryOperator<String> rename) {
        Entity entity = EntityChanges.entity(model, entityName);
        UnaryOperator<List<IndexDef>> each = list -> list.stream()
                .map(index -> new IndexDef(index.fields().stream().map(rename).toList())).toList();
        return EntityChanges.replace(model, entityName,
                EntityChanges.withIndexes(entity, each.apply(entity.indexes()), each.apply(entity.uniques())));
    }
}
