package dev.plinth.admin.designer;

import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.IndexDef;
import dev.plinth.model.Model;
import dev.plinth.model.ModelIds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Design changes to whole entities, as pure functions from one model to the next. A rename keeps the entity's id, so
 * the database renames the table; references and role rules that name the entity follow it.
 */
final class EntityChanges {

    private EntityChanges() {
    }

    /** A new entity without fields, with a fresh id, after the others. */
    static Model add(Model model, String name, String label, String description) {
        List<Entity> entities = new ArrayList<>(model.entities());
        entities.add(new Entity(ModelIds.fresh(usedIds(model)), name, label, description, List.of(), List.of(),
                List.of()));
        return model.withEntities(entities);
    }

    /** The entity's name, label and description changed; a new name is a rename. */
    static Model describe(Model model, String entityName, String name, String label, String description) {
        Entity entity = entity(model, entityName);
        Entity changed = new Entity(entity.id(), name, label, description, entity.fields(), entity.indexes(),
                entity.uniques());
        Model result = replace(model, entityName, changed);
        if (!name.equals(entityName)) {
            result = result.withEntities(result.entities().stream()
                    .map(e -> e.withFields(e.fields().stream()
                            .map(f -> entityName.equals(f.target()) ? f.withTarget(name, f.onDelete()) : f)
                            .toList()))
                    .toList());
            result = RoleRewrites.renameEntity(result, entityName, name);
        }
        return result;
    }

    /**
     * The model without the entity and without role rules about it. References to it from other entities stay,
     * so the check reports them: the person decides what becomes of them.
     */
    static Model remove(Model model, String entityName) {
        entity(model, entityName);
        Model result = model.withEntities(model.entities().stream().filter(e -> !e.name().equals(entityName)).toList());
        return RoleRewrites.removeEntity(result, entityName);
    }

    /** Adds an index (or, with {@code unique}, a unique constraint) over the fields, in the order given. */
    static Model addIndex(Model model, String entityName, boolean unique, List<String> fields) {
        Entity entity = entity(model, entityName);
        List<IndexDef> list = new ArrayList<>(unique ? entity.uniques() : entity.indexes());
        list.add(new IndexDef(fields));
        return replace(model, entityName, withIndexes(entity, unique ? entity.indexes() : list,
                unique ? list : entity.uniques()));
    }

    /** Removes the index (or unique constraint) at {@code position}. */
    static Model removeIndex(Model model, String entityName, boolean unique, int position) {
        Entity entity = entity(model, entityName);
        List<IndexDef> list = new ArrayList<>(unique ? entity.uniques() : entity.indexes());
        if (position < 0 || position >= list.size()) {
            throw new DesignException("That " + (unique ? "unique constraint" : "index") + " no longer exists.");
        }
        list.remove(position);
        return replace(model, entityName, withIndexes(entity, unique ? entity.indexes() : list,
                unique ? list : entity.uniques()));
    }

    static Entity entity(Model model, String entityName) {
        return model.entity(entityName)
                .orElseThrow(() -> new DesignException("The model has no entity named '" + entityName + "'."));
    }

    static Model replace(Model model, String entityName, Entity changed) {
        return model.withEntities(model.entities().stream().map(e -> e.name().equals(entityName) ? changed : e).toList());
    }

    static Entity withIndexes(Entity entity, List<IndexDef> indexes, List<IndexDef> uniques) {
        return new Entity(entity.id(), entity.name(), entity.label(), entity.description(), entity.fields(), indexes,
                uniques);
    }

    /** Every entity and field id of the model, so a fresh one is unique across it. */
    static Set<String> usedIds(Model model) {
        Set<String> used = new HashSet<>();
        for (Entity entity : model.entities()) {
            used.add(entity.id());
            entity.fields().stream().map(Field::id).forEach(used::add);
        }
        return used;
    }
}
