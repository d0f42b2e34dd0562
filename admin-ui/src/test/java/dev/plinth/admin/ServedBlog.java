package dev.plinth.admin;

import dev.plinth.model.JsonFiles;
import dev.plinth.model.ModelJson;
import dev.plinth.model.SchemaRefs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application serving a copy of {@code model-examples/blog} from a temporary folder, as {@code plinth serve
 * <folder>} does: the folder is applied on start, and every change made in the admin UI is written back to it.
 */
public abstract class ServedBlog extends ServedAdminUi {

    private static final Path BLOG = Path.of("..", "model-examples", "blog");

    @TempDir
    protected static Path modelDir;

    @DynamicPropertySource
    static void serveTheBlogCopy(DynamicPropertyRegistry registry) {
        registry.add("plinth.model", () -> modelDir.toString());
    }

    @BeforeAll
    static void copyTheBlog() throws IOException {
        try (Stream<Path> files = Files.walk(BLOG)) {
            for (Path source : files.toList()) {
                Path target = modelDir.resolve(BLOG.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** The text of a file of the served model folder, or {@code null} when it is not there. */
    protected static String modelFile(String path) throws IOException {
        Path file = modelDir.resolve(path);
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }

    /** What Plinth writes for the applied entity: the file the folder must hold. */
    protected String canonicalEntityFile(String entity) {
        return JsonFiles.format(ModelJson.writeEntity(editor.applied().model().entity(entity).orElseThrow(),
                SchemaRefs.of(modelDir).entity()));
    }
}
