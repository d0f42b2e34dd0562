package dev.plinth.model;

import dev.plinth.model.type.FieldTypes;
import java.util.List;
import java.util.Optional;

/**
 * Entities every Plinth has without a model file: {@code user}, the people who sign in. Models reference it (an
 * {@code owner} field with target {@code user}), role rules may grant reading it, and filters walk it
 * ({@code owner.email = $user.email}); it is managed through Plinth's own user endpoints, not {@code /api}.
 */
public final class BuiltInEntities {

    /** The signed-in people, kept in Plinth's table {@code plinth_user}. */
    public static final Entity USER = new Entity("user", "user", "User", "A person who signs in to Plinth", List.of(
            Field.of("email", FieldTypes.EMAIL).withId("email").withRequired(true).withUnique(true),
            Field.of("displayName", FieldTypes.STRING).withId("displayname").withLength(null, 200)),
            List.of(), List.of());

    public static final List<Entity> ALL = List.of(USER);

    private BuiltInEntities() {
    }

    public static Optional<Entity> byName(String name) {
        return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public static boolean isBuiltIn(Entity entity) {
        return ALL.contains(entity);
    }

    /** The entity a model's reference names: one of the model's own, or a built-in one. */
    public static Optional<Entity> target(Model model, String name) {
        Optional<Entity> own = model.entity(name);
        return own.isPresent() ? own : byName(name);
    }
}
