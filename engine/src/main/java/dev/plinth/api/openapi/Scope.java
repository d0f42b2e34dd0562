package dev.plinth.api.openapi;

import dev.plinth.model.Action;
import dev.plinth.model.Entity;
import java.util.function.BiPredicate;

/**
 * Which entities and actions a document shows. A document shows a row's shape wherever a shown operation returns
 * rows, and embeds a related entity's rows only when that entity may be read.
 */
record Scope(BiPredicate<Entity, Action> include) {

    static final Scope EVERYTHING = new Scope((entity, action) -> true);

    boolean reads(Entity entity) {
        return include.test(entity, Action.READ);
    }

    boolean creates(Entity entity) {
        return include.test(entity, Action.CREATE);
    }

    boolean updates(Entity entity) {
        return include.test(entity, Action.UPDATE);
    }

    boolean deletes(Entity entity) {
        return include.test(entity, Action.DELETE);
    }

    /** Whether any operation on the entity is shown. */
    boolean showsAny(Entity entity) {
        return reads(entity) || creates(entity) || updates(entity) || deletes(entity);
    }

    /** Whether a shown operation answers with rows of the entity: reads, and creates and updates, which return the row. */
    boolean returnsRows(Entity entity) {
        return reads(entity) || creates(entity) || updates(entity);
    }
}
