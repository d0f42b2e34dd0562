package dev.plinth.model;

import java.util.List;

/**
 * Where each part of a model was read from, so problems can name the file. Lists run parallel to the model's
 * entities and roles.
 */
public record SourceMap(String settingsFile, List<String> entityFiles, List<String> roleFiles) {

    public static final String SETTINGS_FILE = "plinth.json";
    public static final String ENTITIES_DIR = "entities";
    public static final String ROLES_DIR = "roles";

    public SourceMap {
        entityFiles = List.copyOf(entityFiles);
        roleFiles = List.copyOf(roleFiles);
    }

    /** The files a model would be written to: {@code entities/<name>.json} and {@code roles/<name>.json}. */
    public static SourceMap conventional(Model model) {
        return new SourceMap(SETTINGS_FILE,
                model.entities().stream().map(e -> entityFile(e.name())).toList(),
                model.roles().stream().map(r -> roleFile(r.name())).toList());
    }

    public static String entityFile(String entityName) {
        return ENTITIES_DIR + "/" + entityName + ".json";
    }

    public static String roleFile(String roleName) {
        return ROLES_DIR + "/" + roleName + ".json";
    }
}
