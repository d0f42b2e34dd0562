package dev.plinth.model;

import java.util.List;
import java.util.Optional;

/**
 * A whole model: its settings, its entities and its roles, in file order.
 *
 * @param name          the model's name, from {@code plinth.json}
 * @param formatVersion the model format version the files are written in
 * @param label         a human name, or {@code null}
 * @param description   a description, or {@code null}
 * @param settings      model-wide settings
 * @param entities      the entities, one a file
 * @param roles         the roles, one a file
 */
public record Model(String name, int formatVersion, String label, String description, Settings settings,
                   List<Entity> entities, List<Role> roles) {

    /** The format version this Plinth reads and writes. */
    public static final int FORMAT_VERSION = 1;

    public Model {
        settings = settings == null ? Settings.DEFAULT : settings;
        entities = List.copyOf(entities);
        roles = List.copyOf(roles);
    }

    /** A model with no entities and no roles: what an empty database holds. */
    public static Model empty() {
        return new Model("empty", FORMAT_VERSION, null, null, Settings.DEFAULT, List.of(), List.of());
    }

    public Optional<Entity> entity(String entityName) {
        return entities.stream().filter(e -> e.name().equals(entityName)).findFirst();
    }

    public Optional<Entity> entityById(String entityId) {
        return entities.stream().filter(e -> entityId.equals(e.id())).findFirst();
    }

    public Optional<Role> role(String roleName) {
        return roles.stream().filter(r -> r.name().equals(roleName)).findFirst();
    }

    public Model withEntities(List<Entity> newEntities) {
        return new Model(name, formatVersion, label, description, settings, newEntities, roles);
    }

    public Model withRoles(List<Role> newRoles) {
        return new Model(name, formatVersion, label, description, settings, entities, newRoles);
    }

    /**
     * Model-wide settings from {@code plinth.json}.
     *
     * @param signupEnabled whether people may sign themselves up
     * @param signupRole    the role a self-signed-up user gets, or {@code null}
     */
    public record Settings(boolean signupEnabled, String signupRole) {
        public static final Settings DEFAULT = new Settings(false, null);
    }
}
