package dev.plinth.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code $schema} values Plinth writes into model files. A folder whose {@code plinth.json} already names
 * its schema (a relative path into a Plinth checkout, say) keeps that choice for every file; otherwise the
 * published address is used.
 *
 * @param settings the value for {@code plinth.json}
 * @param entity   the value for {@code entities/*.json}
 * @param role     the value for {@code roles/*.json}
 */
public record SchemaRefs(String settings, String entity, String role) {

    public static final SchemaRefs PUBLISHED = new SchemaRefs(
            SchemaCheck.SCHEMA_BASE + SchemaCheck.Kind.SETTINGS.schemaFile(),
            SchemaCheck.SCHEMA_BASE + SchemaCheck.Kind.ENTITY.schemaFile(),
            SchemaCheck.SCHEMA_BASE + SchemaCheck.Kind.ROLE.schemaFile());

    /** The references to use in {@code folder}, following its {@code plinth.json}. */
    public static SchemaRefs of(Path folder) {
        Path settings = folder.resolve(SourceMap.SETTINGS_FILE);
        try {
            if (Files.isRegularFile(settings)) {
                String current = JsonFiles.parse(Files.readString(settings, StandardCharsets.UTF_8))
                        .path("$schema").asText("");
                String suffix = SchemaCheck.Kind.SETTINGS.schemaFile();
                if (current.endsWith(suffix)) {
                    String base = current.substring(0, current.length() - suffix.length());
                    boolean relative = !base.contains("://") && !base.startsWith("/");
                    String nested = relative ? "../" + base : base;
                    return new SchemaRefs(current, nested + SchemaCheck.Kind.ENTITY.schemaFile(),
                            nested + SchemaCheck.Kind.ROLE.schemaFile());
                }
            }
        } catch (IOException | JsonFiles.InvalidJsonException e) {
            // an unreadable plinth.json is rewritten with the published references
        }
        return PUBLISHED;
    }
}
