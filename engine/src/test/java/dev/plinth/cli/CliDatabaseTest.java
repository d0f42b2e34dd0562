package dev.plinth.cli;

import static dev.plinth.cli.CliRun.plinth;
import static dev.plinth.testing.ModelFiles.AUTHOR;
import static dev.plinth.testing.ModelFiles.AUTHOR_FILE;
import static dev.plinth.testing.ModelFiles.EDITOR;
import static dev.plinth.testing.ModelFiles.EDITOR_FILE;
import static dev.plinth.testing.ModelFiles.POST;
import static dev.plinth.testing.ModelFiles.POST_FILE;
import static dev.plinth.testing.ModelFiles.SETTINGS;
import static dev.plinth.testing.ModelFiles.SETTINGS_FILE;
import static dev.plinth.testing.ModelFiles.blog;
import static dev.plinth.testing.ModelFiles.read;
import static dev.plinth.testing.ModelFiles.withIds;
import static dev.plinth.testing.ModelFiles.withoutField;
import static dev.plinth.testing.ModelFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.model.JsonFiles;
import dev.plinth.model.LoadedModel;
import dev.plinth.model.Model;
import dev.plinth.model.ModelFolder;
import dev.plinth.model.ModelJson;
import dev.plinth.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan}, {@code apply} and {@code export} as a person runs them: a model folder on disk, a real PostgreSQL
 * (a fresh database each test, or the embedded server with a data directory), exit codes and printed text.
 */
class CliDatabaseTest {

    @TempDir
    Path temp;
    private Path model;
    private TestDatabase database;
    private DSLContext sql;

    @BeforeEach
    void freshDatabase() {
        model = temp.resolve("model");
        database = TestDatabase.create();
        sql = database.dsl();
    }

    /** Runs a command against this test's own database, given by options. */
    private CliRun onDatabase(String... args) {
        return plinth(Stream.concat(Stream.of(args), Stream.of("--db-url=" + database.url(), "--db-user",
                database.user())).toArray(String[]::new));
    }

    private List<String> tables() {
        return sql.fetch("select table_name from information_schema.tables where table_schema = 'public'"
                + " order by table_name").getValues(0, String.class);
    }

    private List<String> columns(String table) {
        return sql.fetch("select column_name from information_schema.columns where table_name = ?"
                + " order by ordinal_position", table).getValues(0, String.class);
    }

    private Model applied() {
        return database.schemaEngine().current().model();
    }

    @Test
    void plansAppliesWritesIdsBackAndThenHasNothingToDo() {
        blog(model);
        for (String text : List.of(SETTINGS, AUTHOR, POST, EDITOR)) {
            assertThat(JsonFiles.format(parse(text))).as("the fixture is in canonical form").isEqualTo(text);
        }

        CliRun plan = onDatabase("plan", model.toString());

        assertThat(plan.exitCode()).isEqualTo(Cli.CHANGES);
        assertThat(plan.out()).contains("Plan for the model 'blog' against " + database.url() + " (model version 0):",
                "[safe] Create entity author (table author with 2 fields)",
                "[safe] Create entity post (table post with 3 fields)",
                "CREATE TABLE public.post (",
                "[safe] Link post.author to author (on delete cascade)",
                "3 changes, 0 destructive.");
        assertThat(tables()).as("plan creates nothing").isEmpty();
        assertThat(read(model, POST_FILE)).as("plan writes no ids").isEqualTo(POST);

        CliRun apply = onDatabase("apply", model.toString());

        assertThat(apply.exitCode()).isEqualTo(Cli.OK);
        assertThat(apply.err()).isEmpty();
        assertThat(apply.out()).contains("[safe] Create entity post",
                "Applied: the database now holds model version 1.",
                "Wrote new ids into entities/author.json, entities/post.json.");
        assertThat(tables()).contains("author", "post");
        assertThat(columns("post")).endsWith("title", "published", "author_id");
        Model applied = applied();
        assertThat(read(model, POST_FILE)).isEqualTo(withIds(POST, applied.entity("post").orElseThrow()));
        assertThat(read(model, AUTHOR_FILE)).isEqualTo(withIds(AUTHOR, applied.entity("author").orElseThrow()));
        assertThat(read(model, SETTINGS_FILE)).isEqualTo(SETTINGS);
        assertThat(read(model, EDITOR_FILE)).isEqualTo(EDITOR);

        CliRun again = plinth(Map.of("PLINTH_DB_URL", database.url(), "PLINTH_DB_USER", database.user()),
                "plan", model.toString());
        assertThat(again.exitCode()).isEqualTo(Cli.OK);
        assertThat(again.out()).isEqualTo("Nothing to do: the database already holds this model (version 1).\n");

        CliRun reapply = onDatabase("apply", model.toString());
        assertThat(reapply.exitCode()).isEqualTo(Cli.OK);
        assertThat(reapply.out()).isEqualTo("Nothing to do: the database already holds this model (version 1).\n");
    }

    @Test
    void appliesADestructiveChangeOnlyWhenAllowed() {
        blog(model);
        assertThat(onDatabase("apply", model.toString()).exitCode()).isEqualTo(Cli.OK);
        sql.execute("insert into author (name, rating) values ('Ann', 4.5)");
        write(model, AUTHOR_FILE, withoutField(read(model, AUTHOR_FILE), "rating"));
        assertThat(ModelFolder.load(model).model().entity("author").orElseThrow().fields()).hasSize(1);

        CliRun refused = onDatabase("apply", model.toString());

        assertThat(refused.exitCode()).isEqualTo(Cli.ERROR);
        assertThat(refused.err()).contains("would lose data", "--allow-destructive",
                "  - Drop field author.rating: deletes column rating holding 1 value");
        assertThat(columns("author")).contains("rating");
        assertThat(sql.fetchValue("select rating from author")).hasToString("4.5");
        assertThat(database.schemaEngine().current().version()).isEqualTo(1);

        CliRun plan = onDatabase("plan", model.toString());
        assertThat(plan.exitCode()).isEqualTo(Cli.CHANGES);
        assertThat(plan.out()).contains("[destructive] Drop field author.rating", "1 change, 1 destructive.",
                "apply them with java -jar plinth.jar apply <model-dir> --allow-destructive");

        CliRun allowed = onDatabase("apply", model.toString(), "--allow-destructive");

        assertThat(allowed.exitCode()).isEqualTo(Cli.OK);
        assertThat(allowed.out()).contains("[destructive] Drop field author.rating",
                "Applied: the database now holds model version 2.");
        assertThat(columns("author")).doesNotContain("rating");
        assertThat(sql.fetchValue("select name from author")).isEqualTo("Ann");
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // without the lock timeout it waits for good
    void anApplyThatWaitsTooLongForATableInUseFailsAndSaysWhy() throws Exception {
        blog(model);
        assertThat(onDatabase("apply", model.toString()).exitCode()).isEqualTo(Cli.OK);
        write(model, AUTHOR_FILE, withoutField(read(model, AUTHOR_FILE), "rating"));

        try (Connection reader = database.connections().open()) {
            reader.setAutoCommit(false);
            reader.createStatement().execute("select count(*) from author");

            CliRun waited = onDatabase("apply", model.toString(), "--allow-destructive",
                    "--db-migration-lock-timeout=300ms");

            assertThat(waited.exitCode()).isEqualTo(Cli.ERROR);
            assertThat(waited.err()).contains("nothing was changed", "waited more than 300 ms",
                    "PLINTH_DB_MIGRATION_LOCK_TIMEOUT");
            reader.rollback();
        }
        assertThat(columns("author")).contains("rating");
        assertThat(database.schemaEngine().current().version()).isEqualTo(1);

        assertThat(onDatabase("apply", model.toString(), "--allow-destructive").exitCode()).isEqualTo(Cli.OK);
        assertThat(columns("author")).doesNotContain("rating");
    }

    @Test
    void planNeedsOnlyReadAccessToTheDatabase() {
        blog(model);
        String reader = "reader_" + System.nanoTime();
        sql.execute("create role " + reader + " login");
        String readOnly = database.url().replace("user=" + database.user(), "user=" + reader);

        CliRun first = plinth("plan", model.toString(), "--db-url=" + readOnly);
        assertThat(first.exitCode()).as(first.err()).isEqualTo(Cli.CHANGES);
        assertThat(tables()).as("plan creates nothing, not even Plinth's own tables").isEmpty();

        assertThat(onDatabase("apply", model.toString()).exitCode()).isEqualTo(Cli.OK);
        sql.execute("grant select on all tables in schema public to " + reader);
        write(model, AUTHOR_FILE, withoutField(read(model, AUTHOR_FILE), "rating"));

        CliRun plan = plinth("plan", model.toString(), "--db-url=" + readOnly);
        assertThat(plan.exitCode()).as(plan.err()).isEqualTo(Cli.CHANGES);
        assertThat(plan.out()).contains("(model version 1)",
                "[destructive] Drop field author.rating: deletes column rating holding 0 values");
    }

    @Test
    void exportsTheAppliedModelAsFilesThatReadBackTheSame() {
        blog(model);
        assertThat(onDatabase("apply", model.toString()).exitCode()).isEqualTo(Cli.OK);
        Path exported = temp.resolve("exported");

        CliRun run = onDatabase("export", exported.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.OK);
        assertThat(run.out()).isEqualTo("Exported model version 1 ('blog', 2 entities) to " + exported + ".\n");
        LoadedModel loaded = ModelFolder.load(exported);
        assertThat(loaded.problems()).isEmpty();
        assertThat(ModelJson.writeModel(loaded.model())).isEqualTo(ModelJson.writeModel(applied()));
        for (String file : List.of(SETTINGS_FILE, AUTHOR_FILE, POST_FILE, EDITOR_FILE)) {
            assertThat(read(exported, file)).as(file).isEqualTo(read(model, file));
        }
    }

    @Test
    void exportOfAnEmptyDatabaseIsAnError() {
        Path exported = temp.resolve("exported");

        CliRun run = onDatabase("export", exported.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.ERROR);
        assertThat(run.err()).isEqualTo("The database holds no model yet: apply one first.\n");
        assertThat(exported).doesNotExist();
        assertThat(tables()).as("export creates nothing").isEmpty();
    }

    @Test
    void planAndApplyOfAnInvalidFolderStopBeforeTheDatabase() {
        blog(model);
        write(model, POST_FILE, POST.replace("\"target\": \"author\"", "\"target\": \"writer\""));

        for (String command : new String[] {"plan", "apply"}) {
            CliRun run = onDatabase(command, model.toString());
            assertThat(run.exitCode()).as(command).isEqualTo(Cli.ERROR);
            assertThat(run.out()).as(command).isEmpty();
            assertThat(run.err()).as(command).startsWith("entities/post.json:/fields/2/target: ")
                    .endsWith("1 problem in " + model + "\n");
        }
        assertThat(tables()).as("not even Plinth's own tables").isEmpty();
        assertThat(read(model, AUTHOR_FILE)).as("no ids written").isEqualTo(AUTHOR);
    }

    @Test
    void aPasswordInTheDatabaseUrlIsNeverPrinted() {
        blog(model);

        CliRun plan = plinth("plan", model.toString(), "--db-url=" + database.url() + "&password=hunter2");

        assertThat(plan.exitCode()).as(plan.err()).isEqualTo(Cli.CHANGES);
        assertThat(plan.out()).contains("against " + database.url() + "&password=*** (model version 0)")
                .doesNotContain("hunter2");
    }

    @Test
    void theEmbeddedDatabaseKeepsItsDataAcrossRuns() {
        blog(model);
        Path data = temp.resolve("data");

        CliRun plan = plinth("plan", model.toString(), "--data-dir=" + data);
        assertThat(plan.exitCode()).as(plan.err()).isEqualTo(Cli.CHANGES);
        assertThat(plan.out()).contains("against embedded PostgreSQL, data in " + data);

        CliRun apply = plinth("apply", model.toString(), "--data-dir", data.toString());
        assertThat(apply.exitCode()).as(apply.err()).isEqualTo(Cli.OK);
        assertThat(apply.out()).contains("Applied: the database now holds model version 1.");

        CliRun again = plinth(Map.of("PLINTH_DATA_DIR", data.toString()), "apply", model.toString());
        assertThat(again.exitCode()).as(again.err()).isEqualTo(Cli.OK);
        assertThat(again.out()).isEqualTo("Nothing to do: the database already holds this model (version 1).\n");
        assertThat(data.resolve("PG_VERSION")).exists();
    }

    private static JsonNode parse(String text) {
        try {
            return JsonFiles.parse(text);
        } catch (JsonFiles.InvalidJsonException e) {
            throw new AssertionError(e);
        }
    }
}
