package dev.plinth.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a model folder for a test: {@code plinth.json}, entity files and role files, written into a
 * directory (a JUnit {@code @TempDir}) and loaded from there.
 *
 * <p>JSON passed to {@link #settings}, {@link #entity}, {@link #role} and {@link #fields} may use single
 * quotes for strings, so that a small model fits on one line; they are turned into double quotes. Text that
 * must reach the file unchanged, such as broken JSON or a value holding an apostrophe, goes through
 * {@link #file}.
 */
final class ModelFolderFixture {

    /** The {@code plinth.json} a fixture writes unless told otherwise. */
    static final String MINIMAL_SETTINGS = "{\"name\": \"test\", \"formatVersion\": 1}";

    private final Map<String, String> files = new LinkedHashMap<>();

    private ModelFolderFixture() {
        files.put(SourceMap.SETTINGS_FILE, MINIMAL_SETTINGS);
    }

    /** A model with a minimal {@code plinth.json} and nothing else. */
    static ModelFolderFixture model() {
        return new ModelFolderFixture();
    }

    /** Replaces {@code plinth.json}. */
    ModelFolderFixture settings(String json) {
        return file(SourceMap.SETTINGS_FILE, quotes(json));
    }

    /** Leaves {@code plinth.json} out. */
    ModelFolderFixture noSettings() {
        files.remove(SourceMap.SETTINGS_FILE);
        return this;
    }

    /** Writes {@code entities/<fileName>.json}. */
    ModelFolderFixture entity(String fileName, String json) {
        return file(SourceMap.entityFile(fileName), quotes(json));
    }

    /** Writes {@code entities/<name>.json} holding an entity of that name with these fields. */
    ModelFolderFixture fields(String name, String... fields) {
        return entity(name, "{'name': '" + name + "', 'fields': [" + String.join(", ", fields) + "]}");
    }

    /** Writes {@code roles/<fileName>.json}. */
    ModelFolderFixture role(String fileName, String json) {
        return file(SourceMap.roleFile(fileName), quotes(json));
    }

    /** Writes {@code roles/<name>.json} holding a role of that name with these rules. */
    ModelFolderFixture rules(String name, String... rules) {
        return role(name, "{'name': '" + name + "', 'rules': [" + String.join(", ", rules) + "]}");
    }

    /** Writes a file, relative to the folder, with exactly this text. */
    ModelFolderFixture file(String path, String text) {
        files.put(path, text);
        return this;
    }

    /** Writes every file into {@code folder} and returns it. */
    Path write(Path folder) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the folder and loads it. */
    LoadedModel load(Path folder) {
        return ModelFolder.load(write(folder));
    }

    private static String quotes(String json) {
        return json.replace('\'', '"');
    }

    @Override
    public String toString() {
        return String.join(", ", files.keySet());
    }
}
