package dev.plinth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A model folder on disk: {@code plinth.json}, {@code entities/<name>.json}, {@code roles/<name>.json}.
 * Reads and checks it, writes assigned ids back into it, and writes whole models out.
 */
public final class ModelFolder {

    private ModelFolder() {
    }

    /** Reads and checks the folder; every problem in every file is reported. */
    public static LoadedModel load(Path folder) {
        List<Problem> problems = new ArrayList<>();
        Set<String> unreadableEntities = new HashSet<>();
        JsonNode settings = read(folder, SourceMap.SETTINGS_FILE, SchemaCheck.Kind.SETTINGS, problems);
        if (!Files.isRegularFile(folder.resolve(SourceMap.SETTINGS_FILE))) {
            problems.clear();
            problems.add(new Problem(SourceMap.SETTINGS_FILE, "", Files.isDirectory(folder)
                    ? "the model folder " + folder + " has no plinth.json"
                    : "the model folder " + folder + " does not exist"));
        }
        List<Entity> entities = new ArrayList<>();
        List<String> entityFiles = new ArrayList<>();
        for (String file : list(folder, SourceMap.ENTITIES_DIR)) {
            int before = problems.size();
            JsonNode json = read(folder, file, SchemaCheck.Kind.ENTITY, problems);
            if (json != null && problems.size() == before) {
                entities.add(ModelJson.readEntity(json));
                entityFiles.add(file);
            } else if (json != null && json.path("name").isTextual()) {
                unreadableEntities.add(json.path("name").textValue());
            }
        }
        List<Role> roles = new ArrayList<>();
        List<String> roleFiles = new ArrayList<>();
        for (String file : list(folder, SourceMap.ROLES_DIR)) {
            int before = problems.size();
            JsonNode json = read(folder, file, SchemaCheck.Kind.ROLE, problems);
            if (json != null && problems.size() == before) {
                roles.add(ModelJson.readRole(json));
                roleFiles.add(file);
            }
        }
        Model model = ModelJson.readSettings(settings == null ? JsonFiles.MAPPER.createObjectNode() : settings,
                entities, roles);
        if (settings == null) {
            model = new Model(folder.getFileName() == null ? "model" : folder.getFileName().toString(),
                    Model.FORMAT_VERSION, null, null, null, entities, roles);
        }
        SourceMap sources = new SourceMap(SourceMap.SETTINGS_FILE, entityFiles, roleFiles);
        problems.addAll(ModelValidator.validate(model, sources, unreadableEntities));
        return new LoadedModel(model, sources, problems);
    }

    private static List<String> list(Path folder, String directory) {
        Path dir = folder.resolve(directory);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .map(p -> directory + "/" + p.getFileName())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path folder, String file, SchemaCheck.Kind kind, List<Problem> problems) {
        Path path = folder.resolve(file);
        if (!Files.isRegularFile(path)) {
            return null;
        }
        try {
            JsonNode json = JsonFiles.parse(Files.readString(path, StandardCharsets.UTF_8));
            problems.addAll(SchemaCheck.check(kind, file, json));
            return json;
        } catch (JsonFiles.InvalidJsonException e) {
            problems.add(new Problem(file, "", e.getMessage()));
        } catch (java.nio.charset.MalformedInputException e) {
            problems.add(new Problem(file, "", "is not UTF-8 text"));
        } catch (IOException e) {
            problems.add(new Problem(file, "", "could not be read: " + e.getMessage()));
        }
        return null;
    }

    /**
     * Writes the ids of {@code model} into the folder's files where they are missing, leaving everything else in
     * each file as it is (a file already in canonical form changes by exactly the added id lines).
     *
     * @return the files that changed, relative to the folder
     */
    public static List<String> writeIds(Path folder, Model model, SourceMap sources) throws IOException {
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < model.entities().size(); i++) {
            Entity entity = model.entities().get(i);
            String file = sources.entityFiles().get(i);
            Path path = folder.resolve(file);
            JsonNode json;
            try {
                json = JsonFiles.parse(Files.readString(path, StandardCharsets.UTF_8));
            } catch (JsonFiles.InvalidJsonException e) {
                continue;
            }
            if (!(json instanceof ObjectNode object)) {
                continue;
            }
            boolean modified = false;
            if (!object.has("id") && entity.id() != null) {
                insertId(object, entity.id());
                modified = true;
            }
            JsonNode fields = object.path("fields");
            for (int j = 0; j < fields.size() && j < entity.fields().size(); j++) {
                if (fields.get(j) instanceof ObjectNode field && !field.has("id") && entity.fields().get(j).id() != null) {
                    insertId(field, entity.fields().get(j).id());
                    modified = true;
                }
            }
            if (modified && JsonFiles.write(path, object)) {
                changed.add(file);
            }
        }
        return changed;
    }

    /** Puts {@code "id"} first in the object, after {@code "$schema"} when there is one. */
    private static void insertId(ObjectNode object, String id) {
        ObjectNode copy = object.deepCopy();
        object.removeAll();
        if (copy.has("$schema")) {
            object.set("$schema", copy.get("$schema"));
        }
        object.put("id", id);
        copy.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("$schema")) {
                object.set(e.getKey(), e.getValue());
            }
        });
    }

    /**
     * Writes {@code model} to {@code folder} as one file per entity and role in canonical form, and removes
     * entity and role files of things the model no longer has.
     *
     * @return the files that changed or were removed, relative to the folder
     */
    public static List<String> write(Path folder, Model model) throws IOException {
        List<String> changed = new ArrayList<>();
        SchemaRefs refs = SchemaRefs.of(folder);
        if (JsonFiles.write(folder.resolve(SourceMap.SETTINGS_FILE), ModelJson.writeSettings(model, refs.settings()))) {
            changed.add(SourceMap.SETTINGS_FILE);
        }
        Set<String> wanted = new HashSet<>();
        for (Entity entity : model.entities()) {
            String file = SourceMap.entityFile(entity.name());
            wanted.add(file);
            if (JsonFiles.write(folder.resolve(file), ModelJson.writeEntity(entity, refs.entity()))) {
                changed.add(file);
            }
        }
        for (Role role : model.roles()) {
            String file = SourceMap.roleFile(role.name());
            wanted.add(file);
            if (JsonFiles.write(folder.resolve(file), ModelJson.writeRole(role, refs.role()))) {
                changed.add(file);
            }
        }
        for (String file : Stream.concat(list(folder, SourceMap.ENTITIES_DIR).stream(),
                list(folder, SourceMap.ROLES_DIR).stream()).toList()) {
            if (!wanted.contains(file)) {
                Files.delete(folder.resolve(file));
                changed.add(file);
            }
        }
        return changed;
    }
}
