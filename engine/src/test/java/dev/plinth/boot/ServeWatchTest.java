package dev.plinth.boot;

import static dev.plinth.testing.ModelFiles.POST;
import static dev.plinth.testing.ModelFiles.POST_FILE;
import static dev.plinth.testing.ModelFiles.blog;
import static dev.plinth.testing.ModelFiles.read;
import static dev.plinth.testing.ModelFiles.withIds;
import static dev.plinth.testing.ModelFiles.withoutField;
import static dev.plinth.testing.ModelFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.plinth.model.Entity;
import dev.plinth.schema.ActiveModel;
import dev.plinth.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code serve --watch}: saved changes to the folder are applied while serving, unless they are invalid or lose data. */
@ExtendWith(OutputCaptureExtension.class)
class ServeWatchTest {

    /** How long a saved change may take to be applied; it normally takes well under 2 seconds. */
    private static final long PATIENCE_MILLIS = 5000;

    /** The post entity with one more field, summary, at the end. */
    private static final String POST_WITH_SUMMARY = POST.replace("""
                  "onDelete": "cascade"
                }
            """, """
                  "onDelete": "cascade"
                },
                {
                  "name": "summary",
                  "type": "text"
                }
            """);

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

    private ActiveModel serveWatching() {
        context = new SpringApplicationBuilder(TestApp.class).bannerMode(Banner.Mode.OFF).run(
                "--plinth.model=" + model, "--plinth.db.url=" + database.url(),
                "--plinth.db.user=" + database.user(), "--server.port=0", "--plinth.watch=true");
        return context.getBean(ActiveModel.class);
    }

    private List<String> columns(String table) {
        return sql.fetch("select column_name from information_schema.columns where table_name = ?", table)
                .getValues(0, String.class);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("waited " + PATIENCE_MILLIS + " ms for " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void appliesASavedChangeAndKeepsServingThroughAnInvalidOneAndADestructiveOne(CapturedOutput output)
            throws Exception {
        blog(model);
        ActiveModel active = serveWatching();
        assertThat(active.current().version()).isEqualTo(1);
        Entity post = active.current().model().entity("post").orElseThrow();

        write(model, POST_FILE, withIds(POST_WITH_SUMMARY, post));

        await("the new column", () -> columns("post").contains("summary"));
        await("model version 2 to be served", () -> active.current().version() == 2);
        Entity grown = active.current().model().entity("post").orElseThrow();
        assertThat(grown.field("summary")).isPresent();
        await("the new field's id in its file", () -> read(model, POST_FILE).equals(withIds(POST_WITH_SUMMARY, grown)));
        String saved = read(model, POST_FILE);

        write(model, POST_FILE, saved.replace("""
                      "type": "boolean"
                """, """
                      "type": "boolean",
                      "maxLength": 10
                """).replace("\"name\": \"summary\"", "\"name\": \"subtitle\""));

        await("the invalid file to be refused", () -> output.getAll().contains("still serving model version 2"));
        Thread.sleep(500);
        assertThat(output.getAll()).contains("entities/post.json:/fields/1/maxLength: maxLength does not apply");
        assertThat(columns("post")).contains("summary").doesNotContain("subtitle");
        assertThat(active.current().version()).isEqualTo(2);

        write(model, POST_FILE, withoutField(saved, "published"));

        await("the destructive change to be refused", () -> output.getAll().contains("Still serving model version 2."));
        Thread.sleep(500);
        assertThat(output.getAll()).contains("Drop field post.published");
        assertThat(columns("post")).contains("published");
        assertThat(active.current().version()).isEqualTo(2);
        assertThat(database.schemaEngine().current().version()).isEqualTo(2);
    }
}
