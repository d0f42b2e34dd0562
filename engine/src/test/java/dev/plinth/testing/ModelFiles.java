package dev.plinth.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.Model;
import dev.plinth.model.ModelFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Model folders on disk for tests, written as a person would save them, and a small blog model in Plinth's
 * canonical form without ids (so after an apply each file should differ by exactly the id lines).
 */
public final class ModelFiles {

    public static final String SETTINGS_FILE = "plinth.json";
    public static final String AUTHOR_FILE = "entities/author.json";
    public static final String POST_FILE = "entities/post.json";
    public static final String EDITOR_FILE = "roles/editor.json";

    public static final String SETTINGS = """
            {
              "$schema": "https://plinth.dev/schema/1/plinth.schema.json",
              "name": "blog",
              "formatVersion": 1,
              "label": "Blog",
              "settings": {
                "signup": {
                  "enabled": true,
                  "role": "editor"
                }
              }
            }
            """;

    public static final String AUTHOR = """
            {
              "$schema": "https://plinth.dev/schema/1/entity.schema.json",
              "name": "author",
              "fields": [
                {
                  "name": "name",
                  "type": "string",
                  "required": true
                },
                {
                  "name": "rating",
                  "type": "decimal",
                  "default": 3.0,
                  "min": 0,
                  "max": 5.0,
                  "precision": 3,
                  "scale": 1
                }
              ]
            }
            """;

    public static final String POST = """
            {
              "$schema": "https://plinth.dev/schema/1/entity.schema.json",
              "name": "post",
              "label": "Post",
              "fields": [
                {
                  "name": "title",
                  "type": "string",
                  "required": true,
                  "maxLength": 200
                },
                {
                  "name": "published",
                  "type": "boolean"
                },
                {
                  "name": "author",
                  "type": "reference",
                  "target": "author",
                  "onDelete": "cascade"
                }
              ]
            }
            """;

    public static final String EDITOR = """
            {
              "$schema": "https://plinth.dev/schema/1/role.schema.json",
              "name": "editor",
              "rules": [
                {
                  "entity": "post",
                  "actions": [
                    "read",
                    "update"
                  ]
                }
              ]
            }
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelFiles() {
    }

    /** Writes the blog model into {@code folder}: two entities and one role. */
    public static Path blog(Path folder) {
        write(folder, SETTINGS_FILE, SETTINGS);
        write(folder, AUTHOR_FILE, AUTHOR);
        write(folder, POST_FILE, POST);
        write(folder, EDITOR_FILE, EDITOR);
        return folder;
    }

    /** Writes one file of a model folder, creating its directories. */
    public static void write(Path folder, String file, String text) {
        try {
            Path path = folder.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path folder, String file) {
        try {
            return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The canonical text of an entity file with the ids of {@code entity} added the way Plinth writes them back:
     * one {@code "id"} line before the entity's name and before each field's name, nothing else changed.
     */
    public static String withIds(String text, Entity entity) {
        String result = insertIdBefore(text, "  ", "\"name\": \"" + entity.name() + "\"", entity.id());
        for (Field field : entity.fields()) {
            result = insertIdBefore(result, "      ", "\"name\": \"" + field.name() + "\"", field.id());
        }
        return result;
    }

    /** An entity file's text without the field named {@code field} (a field object holds no nested objects). */
    public static String withoutField(String text, String field) {
        String result = text.replaceFirst("(?s),\\s*\\{[^{}]*\"name\": \"" + field + "\"[^{}]*}", "");
        if (result.equals(text)) {
            throw new IllegalArgumentException("no field '" + field + "' after the first in\n" + text);
        }
        return result;
    }

    /**
     * Adds an optional string field (at most 120 characters) to {@code entity}'s file in {@code folder}, as a person
     * would save it, and returns the folder's model.
     */
    public static Model withStringField(Path folder, String entity, String field) {
        Path file = folder.resolve("entities/" + entity + ".json");
        try {
            ObjectNode json = (ObjectNode) JSON.readTree(Files.readString(file));
            json.withArray("fields").addObject().put("name", field).put("type", "string").put("maxLength", 120);
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ModelFolder.load(folder).model();
    }

    private static String insertIdBefore(String text, String indent, String line, String id) {
        String anchor = "\n" + indent + line;
        if (!text.contains(anchor)) {
            throw new IllegalArgumentException("no line " + indent + line + " in\n" + text);
        }
        return text.replace(anchor, "\n" + indent + "\"id\": \"" + id + "\"," + anchor);
    }
}
