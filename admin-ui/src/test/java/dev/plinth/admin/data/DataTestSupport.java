package dev.plinth.admin.data;

import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plinth.api.ApiModel;
import dev.plinth.app.PlinthApplication;
import dev.plinth.database.EmbeddedDatabase;
import dev.plinth.model.Entity;
import dev.plinth.query.Access;
import dev.plinth.query.QueryException;
import dev.plinth.query.write.RowValues;
import dev.plinth.query.write.WriteMode;
import dev.plinth.schema.SchemaNames;
import dev.plinth.security.identity.Identity;
import dev.plinth.security.web.IdentityAuthentication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The real application, with MockMvc, serving a copy of {@code model-examples/blog} from one embedded PostgreSQL
 * shared by every data browser test class (one Spring context for all of them). Each test starts with empty tables
 * and seeds rows through the engine's write stages.
 */
@SpringBootTest(classes = {PlinthApplication.class, DataTestSupport.SignedInAdmin.class},
        webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
abstract class DataTestSupport {

    /** The admin UI is for admins: every request of these tests is an admin's. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SignedInAdmin {
        @Bean
        MockMvcBuilderCustomizer signedInAdmin() {
            return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/").with(
                    SecurityMockMvcRequestPostProcessors.authentication(new IdentityAuthentication(Identity.user(
                            UUID.fromString("00000000-0000-0000-0000-00000000ad31"), "admin@example.com",
                            List.of("admin")), IdentityAuthentication.Source.BEARER))));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedDatabase server;
    private static String url;
    private static Path model;

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected ApiModel api;
    @Autowired
    protected DSLContext db;

    @DynamicPropertySource
    static void plinth(DynamicPropertyRegistry registry) {
        start();
        registry.add("plinth.db.url", () -> url);
        registry.add("plinth.db.user", () -> EmbeddedDatabase.USER);
        registry.add("plinth.model", () -> model.toString());
    }

    private static synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = EmbeddedDatabase.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"));
                 Statement statement = connection.createStatement()) {
                statement.execute("create database admin_data");
            }
            url = server.jdbcUrl("admin_data");
            model = Files.createTempDirectory("plinth-blog");
            copy(Path.of("../model-examples/blog"), model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @BeforeEach
    void emptyTables() {
        for (Entity entity : api.current().index().entities()) {
            db.truncate(table(name(SchemaNames.table(entity)))).cascade().execute();
        }
    }

    protected Entity entity(String name) {
        return api.current().entity(name);
    }

    /** Creates rows through the engine, all in one batch; their ids in order. */
    protected List<UUID> create(String entity, List<String> rows) {
        ApiModel.Snapshot snapshot = api.current();
        List<RowValues> values = new ArrayList<>();
        for (String row : rows) {
            List<QueryException.FieldError> errors = new ArrayList<>();
            values.add(snapshot.validator().check(entity(entity), json(row), WriteMode.CREATE, "", errors));
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException("seed row " + row + " is invalid: " + errors);
            }
        }
        return snapshot.writes().create(entity(entity), values, null, Access.ALL, true);
    }

    protected UUID create(String entity, String row) {
        return create(entity, List.of(row)).get(0);
    }

    protected UUID author(String name, String handle) {
        return create("author", "{\"name\":\"" + name + "\",\"handle\":\"" + handle + "\",\"email\":\"" + handle
                + "@example.com\"}");
    }

    protected long count(String entity) {
        return db.fetchCount(table(name(SchemaNames.table(entity(entity)))));
    }

    /** The row as the engine reads it. */
    protected JsonNode row(String entity, UUID id) {
        return json(api.current().queries().row(entity(entity), id,
                api.current().planner().row(entity(entity), dev.plinth.query.read.ReadParameters.NONE, Access.ALL),
                Access.ALL).orElseThrow().json());
    }

    protected static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every form post of these tests goes through here: the admin UI wants a CSRF token with each. */
    protected static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder post) {
        return post.with(SecurityMockMvcRequestPostProcessors.csrf());
    }
}
