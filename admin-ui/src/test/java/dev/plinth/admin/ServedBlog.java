package dev.plinth.admin;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.plinth.app.PlinthApplication;
import dev.plinth.model.JsonFiles;
import dev.plinth.model.ModelJson;
import dev.plinth.model.SchemaRefs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The whole application, admin UI included, serving a copy of {@code model-examples/blog} from a temporary folder,
 * with its own embedded PostgreSQL keeping its data in another. Each test class gets a fresh pair, and a fresh
 * session per test; every request goes through {@link #page} or {@link #form}, so sign-in and CSRF tokens, once the
 * admin UI has them, are added in one place.
 */
@SpringBootTest(classes = PlinthApplication.class)
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class ServedBlog {

    private static final Path BLOG = Path.of("..", "model-examples", "blog");

    @TempDir
    static Path dataDir;
    @TempDir
    protected static Path modelDir;

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected DSLContext sql;
    @Autowired
    protected ModelEditor editor;
    protected MockHttpSession session;

    @DynamicPropertySource
    static void serveTheBlogCopy(DynamicPropertyRegistry registry) {
        registry.add("plinth.data-dir", () -> dataDir.toString());
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

    @BeforeEach
    void freshSession() {
        session = new MockHttpSession();
    }

    /** A page, as the signed-in admin sees it. */
    protected MockHttpServletRequestBuilder page(String url, Object... variables) {
        return get(url, variables).session(session);
    }

    /** A form sent by the signed-in admin: name, value, name, value... */
    protected MockHttpServletRequestBuilder form(String url, String... namesAndValues) {
        MockHttpServletRequestBuilder request = post(url).session(session)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        return request;
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

    protected List<String> columns(String table) {
        return sql.fetch("select column_name from information_schema.columns where table_schema = 'public'"
                + " and table_name = ? order by ordinal_position", table).getValues(0, String.class);
    }

    protected int appliedVersion() {
        return editor.applied().version();
    }
}
