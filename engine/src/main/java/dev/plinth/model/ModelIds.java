package dev.plinth.model;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every entity and field a stable id. A file without ids keeps the ids its entities and fields already
 * have in the applied model (matched by name), so a folder checked out fresh never looks like a new model;
 * only things that are really new get a new random id.
 */
public final class ModelIds {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ModelIds() {
    }

    /** {@code desired} with every missing id filled, from {@code applied} where names match. */
    public static Model assign(Model desired, Model applied) {
        Set<String> used = new HashSet<>();
        desired.entities().forEach(e -> {
            used.add(e.id());
            e.fields().forEach(f -> used.add(f.id()));
        });
        List<Entity> entities = new ArrayList<>();
        for (Entity entity : desired.entities()) {
            Entity before = entity.id() != null ? applied.entityById(entity.id()).orElse(null)
                    : applied.entity(entity.name()).filter(e -> !used.contains(e.id())).orElse(null);
            String entityId = entity.id() != null ? entity.id() : before != null ? before.id() : fresh(used);
            used.add(entityId);
            List<Field> fields = new ArrayList<>();
            for (Field field : entity.fields()) {
                if (field.id() != null) {
                    fields.add(field);
                    continue;
                }
                String fieldId = before == null ? null : before.field(field.name()).map(Field::id)
                        .filter(id -> entity.fieldById(id).isEmpty()).orElse(null);
                if (fieldId == null || !used.add(fieldId)) {
                    fieldId = fresh(used);
                }
                fields.add(field.withId(fieldId));
            }
            entities.add(entity.withId(entityId).withFields(fields));
        }
        return desired.withEntities(entities);
    }

    /** A new id, unused in the model. */
    public static String fresh(Set<String> used) {
        while (true) {
            StringBuilder id = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (used.add(id.toString())) {
                return id.toString();
            }
        }
    }
}
