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

    /**
     * Reads and checks the folder; every problem in every file is reported. Problems come in a fixed order:
     * first each file's own problems (not JSON, or not fitting its JSON Schema) in file order, {@code plinth.json}
     * then {@code entities/} then {@code roles/}, each folder sorted by name; then the problems of the model as
     * a whole, from {@link ModelValidator}. A file with problems of its own is left out of the model, so each
     * mistake is reported once; other files may still name the entity or role it defines.
     */
    public static LoadedModel load(Path folder) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isRegularFile(folder.resolve(SourceMap.SETTINGS_FILE))) {
            problems.add(new Problem(SourceMap.SETTINGS_FILE, "", Files.isDirectory(folder)
                    ? "the model folder " + folder + " has no plinth.json"
                    : "the model folder " + folder + " does not exist"));
        }
        FileJson settings = read(folder, SourceMap.SETTINGS_FILE, SchemaCheck.Kind.SETTINGS, problems);
        List<Entity> entities = new ArrayList<>();
        List<String> entityFiles = new ArrayList<>();
        Set<String> unreadableEntities = new HashSet<>();
        for (String file : list(folder, SourceMap.ENTITIES_DIR)) {
            FileJson read = read(folder, file, SchemaCheck.Kind.ENTITY, problems);
            if (read.fits()) {
                entities.add(ModelJson.readEntity(read.json()));
                entityFiles.add(file);
            } else {
                unreadableEntities.add(read.name(file));
            }
        }
        List<Role> roles = new ArrayList<>();
        List<String> roleFiles = new ArrayList<>();
        Set<String> unreadableRoles = new HashSet<>();
        for (String file : list(folder, SourceMap.ROLES_DIR)) {
            FileJson read = read(folder, file, SchemaCheck.Kind.ROLE, problems);
            if (read.fits()) {
                roles.add(ModelJson.readRole(read.json()));
                roleFiles.add(file);
            } else {
                unreadableRoles.add(read.name(file));
            }
        }
        Model model = settings.fits()
                ? ModelJson.readSettings(settings.json(), entities, roles)
                : new Model(folder.getFileName() == null ? "model" : folder.getFileName().toString(),
                        Model.FORMAT_VERSION, null, null, null, entities, roles);
        SourceMap sources = new SourceMap(SourceMap.SETTINGS_FILE, entityFiles, roleFiles);
        problems.addAll(ModelValidator.validate(model, sources, unreadableEntities, unreadableRoles));
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

    /**
     * A model file as read: its JSON, or {@code null} when it is missing or not JSON, and whether it fits its
     * schema.
     */
    private record FileJson(JsonNode json, boolean fits) {

        /**
         * The name the file defines: its {@code "name"} when that much could be read, otherwise its file name,
         * which in a well-kept folder is the same.
         */
        String name(String file) {
            if (json != null && json.path("name").isTextual()) {
                return json.path("name").textValue();
            }
            String fileName = file.substring(file.lastIndexOf('/') + 1);
            return fileName.substring(0, fileName.length() - ".json".length());
        }
    }

    /** Reads a file and checks it against its schema, adding what is wrong with it to {@code problems}. */
    private static FileJson read(Path folder, String file, SchemaCheck.Kind kind, List<Problem> problems) {
        Path path = folder.resolve(file);
        if (!Files.isRegularFile(path)) {
            return new FileJson(null, false);
        }
        try {
            JsonNode json = JsonFiles.parse(Files.readString(path, StandardCharsets.UTF_8));
            List<Problem> schemaProblems = SchemaCheck.check(kind, file, json);
            problems.addAll(schemaProblems);
            return new FileJson(json, schemaProblems.isEmpty());
        } catch (JsonFiles.InvalidJsonException e) {
            problems.add(new Problem(file, "", e.getMessage()));
        } catch (java.nio.charset.MalformedInputException e) {
            problems.add(new Problem(file, "", "is not UTF-8 text"));
        } catch (IOException e) {
            problems.add(new Problem(file, "", "could not be read: " + e.getMessage()));
        }
        return new FileJson(null, false);
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
