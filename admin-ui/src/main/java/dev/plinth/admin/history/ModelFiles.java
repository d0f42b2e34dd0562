package dev.plinth.admin.history;

import dev.plinth.model.Entity;
import dev.plinth.model.JsonFiles;
import dev.plinth.model.Model;
import dev.plinth.model.ModelJson;
import dev.plinth.model.Role;
import dev.plinth.model.SchemaRefs;
import dev.plinth.model.SourceMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A model as the files Plinth writes for it, by path in the model folder, in canonical form. */
final class ModelFiles {

    private ModelFiles() {
    }

    /**
     * The text of each file: {@code plinth.json}, then {@code entities/<name>.json} and {@code roles/<name>.json}, each
     * folder sorted by name as a folder lists them.
     *
     * @param refs the {@code $schema} each file names, or {@code null} for none
     */
    static Map<String, String> of(Model model, SchemaRefs refs) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(SourceMap.SETTINGS_FILE, JsonFiles.format(ModelJson.writeSettings(model, refs == null ? null
                : refs.settings())));
        model.entities().stream().sorted(java.util.Comparator.comparing(Entity::name))
                .forEach(e -> files.put(SourceMap.entityFile(e.name()),
                        JsonFiles.format(ModelJson.writeEntity(e, refs == null ? null : refs.entity()))));
        model.roles().stream().sorted(java.util.Comparator.comparing(Role::name))
                .forEach(r -> files.put(SourceMap.roleFile(r.name()),
                        JsonFiles.format(ModelJson.writeRole(r, refs == null ? null : refs.role()))));
        return files;
    }
}
