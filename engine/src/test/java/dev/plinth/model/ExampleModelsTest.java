package dev.plinth.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.model.type.FieldTypes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every folder under model-examples/ is a valid model, written exactly as Plinth writes model files. */
class ExampleModelsTest {

    static Stream<Named<Path>> exampleModels() throws IOException {
        Path examples = examplesFolder();
        try (Stream<Path> children = Files.list(examples)) {
            List<Path> folders = children.filter(Files::isDirectory).sorted().toList();
            assertThat(folders).as("model folders in %s", examples).isNotEmpty();
            return folders.stream().map(folder -> Named.of(folder.getFileName().toString(), folder));
        }
    }

    /** model-examples/ at the repository root, found by walking up from the working directory. */
    private static Path examplesFolder() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("model-examples"))) {
                return dir.resolve("model-examples");
            }
        }
        throw new IllegalStateException("no model-examples/ folder in " + start + " or above it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleModels")
    void loadsWithoutProblems(Path folder) {
        LoadedModel loaded = ModelFolder.load(folder);

        assertThat(loaded.problems())
                .withFailMessage(() -> folder + " has problems:\n" + loaded.problems().stream()
                        .map(problem -> "  " + problem).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleModels")
    void everyFileIsInCanonicalForm(Path folder) throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (String file : modelFiles(folder)) {
            Path path = folder.resolve(file);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            JsonNode tree = JsonFiles.parse(text);
            String schema = tree.path("$schema").asText(null);

            softly.assertThat(schema).as("%s names its JSON Schema", file).isNotNull();
            if (schema == null) {
                continue;
            }
            softly.assertThat(path.getParent().resolve(schema).normalize())
                    .as("%s: $schema %s", file, schema).isRegularFile();
            softly.assertThat(text).as("%s reads and writes back unchanged", file)
                    .isEqualTo(JsonFiles.format(rewrite(file, tree, schema)));
        }
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleModels")
    void everyEntityAndFieldHasItsOwnId(Path folder) {
        Model model = ModelFolder.load(folder).model();
        List<String> ids = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();
        for (Entity entity : model.entities()) {
            softly.assertThat(entity.id()).as("id of entity %s", entity.name()).isNotNull();
            ids.add(entity.id());
            for (Field field : entity.fields()) {
                softly.assertThat(field.id()).as("id of field %s.%s", entity.name(), field.name()).isNotNull();
                ids.add(field.id());
            }
        }
        softly.assertThat(ids).as("ids in the model").doesNotHaveDuplicates();
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleModels")
    void showsRelationsEnumsAndRoles(Path folder) {
        Model model = ModelFolder.load(folder).model();

        assertThat(model.entities().stream().flatMap(entity -> entity.fields().stream()).map(Field::type))
                .as("field types")
                .contains(FieldTypes.REFERENCE, FieldTypes.REFERENCES, FieldTypes.ENUM);
        assertThat(model.roles()).as("roles").isNotEmpty();
    }

    /** plinth.json, entities/*.json and roles/*.json, relative to the folder. */
    private static List<String> modelFiles(Path folder) throws IOException {
        List<String> files = new ArrayList<>(List.of(SourceMap.SETTINGS_FILE));
        for (String directory : List.of(SourceMap.ENTITIES_DIR, SourceMap.ROLES_DIR)) {
            try (Stream<Path> children = Files.list(folder.resolve(directory))) {
                children.map(path -> directory + "/" + path.getFileName())
                        .filter(file -> file.endsWith(".json"))
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    /** The file as Plinth would write it after reading it. */
    private static JsonNode rewrite(String file, JsonNode tree, String schema) {
        if (file.equals(SourceMap.SETTINGS_FILE)) {
            return ModelJson.writeSettings(ModelJson.readSettings(tree, List.of(), List.of()), schema);
        }
        if (file.startsWith(SourceMap.ENTITIES_DIR + "/")) {
            return ModelJson.writeEntity(ModelJson.readEntity(tree), schema);
        }
        return ModelJson.writeRole(ModelJson.readRole(tree), schema);
    }
}
