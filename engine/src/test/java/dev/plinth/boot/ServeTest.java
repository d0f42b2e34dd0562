package dev.plinth.boot;

import static dev.plinth.testing.ModelFiles.AUTHOR_FILE;
import static dev.plinth.testing.ModelFiles.POST;
import static dev.plinth.testing.ModelFiles.POST_FILE;
import static dev.plinth.testing.ModelFiles.blog;
import static dev.plinth.testing.ModelFiles.read;
import static dev.plinth.testing.ModelFiles.withIds;
import static dev.plinth.testing.ModelFiles.withoutField;
import static dev.plinth.testing.ModelFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.plinth.cli.Cli;
import dev.plinth.model.LoadedModel;
import dev.plinth.model.ModelFolder;
import dev.plinth.schema.ActiveModel;
import dev.plinth.schema.AppliedModel;
import dev.plinth.schema.ApplyResult;
import dev.plinth.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.aop.framework.autoproxy.AbstractAutoProxyCreator;
import org.springframework.boot.Banner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.ClassUtils;

/** The real application serving a model folder: what it applies on start, and what stops it from starting. */
class ServeTest {

    @TempDir
    Path model;
    private TestDatabase database;
    private DSLContext sql;
    private ConfigurableApplicationContext context;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabase.create();
        sql = database.dsl();
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    private ConfigurableApplicationContext serve(String... more) {
        String[] args = Stream.concat(Stream.of("--plinth.db.url=" + database.url(),
                "--plinth.db.user=" + database.user(), "--server.port=0"), Stream.of(more)).toArray(String[]::new);
        context = new SpringApplicationBuilder(TestApp.class).bannerMode(Banner.Mode.OFF).run(args);
        return context;
    }

    private ConfigurableApplicationContext serveFolder() {
        return serve("--plinth.model=" + model);
    }

    /** Starts the application expecting it to fail, and returns why. */
    private ModelStartupException failedStart(String... args) {
        Throwable thrown = catchThrowable(() -> serve(args));
        assertThat(thrown).as("the start should fail").isNotNull();
        assertThat(NestedExceptionUtils.getRootCause(thrown)).isInstanceOf(ModelStartupException.class);
        return (ModelStartupException) NestedExceptionUtils.getRootCause(thrown);
    }

    /** Applies the folder as {@code apply} would, ids written back, before anything is served. */
    private void applyFolder() throws Exception {
        LoadedModel loaded = ModelFolder.load(model);
        ApplyResult result = database.schemaEngine().apply(loaded.model(), false, "test");
        ModelFolder.writeIds(model, result.model(), loaded.sources());
    }

    private List<String> tables() {
        return sql.fetch("select table_name from information_schema.tables where table_schema = 'public'")
                .getValues(0, String.class);
    }

    private List<String> columns(String table) {
        return sql.fetch("select column_name from information_schema.columns where table_name = ?", table)
                .getValues(0, String.class);
    }

    @Test
    void appliesTheFoldersSafeChangesOnStart() {
        blog(model);

        serveFolder();

        assertThat(tables()).contains("author", "post");
        AppliedModel served = context.getBean(ActiveModel.class).current();
        assertThat(served.version()).isEqualTo(1);
        assertThat(served.model().name()).isEqualTo("blog");
        assertThat(served.appliedBy()).startsWith("serve:");
        assertThat(read(model, POST_FILE)).as("ids written back")
                .isEqualTo(withIds(POST, served.model().entity("post").orElseThrow()));
    }

    @Test
    void healthIsUpOverHttp() throws Exception {
        blog(model);
        serveFolder();
        String port = context.getEnvironment().getProperty("local.server.port");

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void startsWithoutTheSpringBootPartsPlinthDoesNotUse() {
        blog(model);
        serveFolder();

        List<String> autoConfigurations = ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader())
                .getCandidates();
        assertThat(autoConfigurations).as("each name left out is one of Spring Boot's auto-configurations")
                .containsAll(UnusedAutoConfigurations.NAMES);
        for (String name : UnusedAutoConfigurations.NAMES) {
            assertThat(context.getBeanNamesForType(ClassUtils.resolveClassName(name, null))).as(name).isEmpty();
        }
        assertThat(context.getBeanNamesForType(PlatformTransactionManager.class)).isEmpty();
        assertThat(context.getBeanNamesForType(JdbcTemplate.class)).isEmpty();
        assertThat(context.getBeanNamesForType(TaskExecutor.class)).isEmpty();
        assertThat(context.getBeanNamesForType(AbstractAutoProxyCreator.class)).as("no bean is inspected for aspects")
                .isEmpty();
        assertThat(context.getBean(ActiveModel.class).current().version()).isEqualTo(1);
    }

    @Test
    void aDestructiveChangeInTheFolderStopsTheStartAndChangesNothing() throws Exception {
        blog(model);
        applyFolder();
        sql.execute("insert into author (name, rating) values ('Ann', 4.5)");
        write(model, AUTHOR_FILE, withoutField(read(model, AUTHOR_FILE), "rating"));

        ModelStartupException failure = failedStart("--plinth.model=" + model);

        assertThat(failure.getMessage()).contains(model.toString(), "changes that lose data");
        assertThat(failure.details()).containsExactly("Drop field author.rating: deletes column rating holding 1 value");
        assertThat(failure.action()).contains("java -jar plinth.jar apply " + model + " --allow-destructive");
        assertThat(columns("author")).contains("rating");
        assertThat(sql.fetchValue("select rating from author")).hasToString("4.5");
        assertThat(database.schemaEngine().current().version()).isEqualTo(1);

        FailureAnalysis analysis = new ModelStartupFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).endsWith(":\n  - Drop field author.rating: deletes column rating holding 1 value");
        assertThat(analysis.getAction()).isEqualTo(failure.action());
    }

    @Test
    void anInvalidFolderStopsTheStartListingItsProblems() {
        blog(model);
        write(model, POST_FILE, POST.replace("""
                      "type": "boolean"
                """, """
                      "type": "boolean",
                      "maxLength": 10
                """));

        ModelStartupException failure = failedStart("--plinth.model=" + model);

        assertThat(failure.getMessage()).isEqualTo("The model folder " + model + " has 1 problem:");
        assertThat(failure.details())
                .containsExactly("entities/post.json:/fields/1/maxLength: maxLength does not apply to a boolean field");
        assertThat(failure.action()).contains("java -jar plinth.jar validate " + model);
        assertThat(tables()).doesNotContain("author", "post");
    }

    @Test
    void watchingWithoutAModelFolderStopsTheStartSayingWhy() {
        ModelStartupException failure = failedStart("--plinth.watch=true");

        assertThat(failure.getMessage()).contains("--watch", "model folder");
        assertThat(failure.action()).contains("--model=<dir>");
    }

    @Test
    void servesTheAppliedModelWithoutAModelFolder() throws Exception {
        blog(model);
        applyFolder();

        serve();

        assertThat(context.getBean(ActiveModel.class).current().version()).isEqualTo(1);
        assertThat(context.getBeansOfType(ModelFolderSync.class)).isEmpty();
    }

    @Test
    void theServeCommandFailsWhenTheApplicationCannotStart() {
        blog(model);
        write(model, POST_FILE, POST.replace("\"target\": \"author\"", "\"target\": \"writer\""));
        String[] args = Stream.of("serve", "--model", model.toString(), "--db-url=" + database.url(),
                "--db-user=" + database.user(), "--server.port=0").toArray(String[]::new);

        int exitCode = Cli.run(args, TestApp.class, Map.of(), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));

        assertThat(exitCode).isEqualTo(Cli.ERROR);
        assertThat(tables()).doesNotContain("author", "post");
    }
}
