package dev.plinth.cli;

import static dev.plinth.cli.CliRun.plinth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.plinth.testing.ModelFiles;
import dev.plinth.testing.PlinthProcess;
import dev.plinth.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code apply} killed with SIGKILL in the middle of its migration: the database is left entirely before the change
 * (or, had it committed, entirely after), and the next {@code apply} proceeds with no one unlocking anything by hand,
 * though the killed one left Liquibase's lock set. The migration is held in the middle by a read that the test keeps
 * open on a table the change alters, as a long report would.
 */
class ApplyKilledTest {

    /** The exit code of a process ended by SIGKILL. */
    private static final int KILLED = 137;
    private static final String NOTE = """
            {
              "name": "note",
              "fields": [
                {
                  "name": "text",
                  "type": "text"
                }
              ]
            }
            """;

    @TempDir
    Path temp;

    @Test
    void anApplyKilledMidwayLeavesTheDatabaseBeforeOrAfterTheChangeAndTheNextApplyProceeds() throws Exception {
        TestDatabase database = TestDatabase.create();
        DSLContext sql = database.dsl();
        Path model = ModelFiles.blog(temp.resolve("model"));
        String[] onDatabase = {"--db-url=" + database.url(), "--db-user=" + database.user()};
        assertThat(plinth(args("apply", model, onDatabase)).exitCode()).isEqualTo(Cli.OK);
        ModelFiles.write(model, "entities/note.json", NOTE);
        ModelFiles.withStringField(model, "post", "subtitle");

        try (Connection reader = DriverManager.getConnection(database.url()); Statement statement = reader.createStatement()) {
            reader.setAutoCommit(false);
            statement.execute("lock table post in access share mode");
            PlinthProcess apply = PlinthProcess.start(temp.resolve("apply.log"), Map.of(), args("apply", model, onDatabase));
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    assertThat(apply.isAlive()).as("apply ended before it reached the change:\n%s", apply.log()).isTrue();
                    return count(sql, "select count(*) from pg_stat_activity where datname = current_database()"
                            + " and wait_event_type = 'Lock' and query ilike 'alter table%post%'") == 1;
                });
                assertThat(count(sql, "select count(*) from plinth_changelog_lock where locked")).isEqualTo(1);

                apply.kill();

                assertThat(apply.exitCode(Duration.ofSeconds(10))).isEqualTo(KILLED);
            } finally {
                apply.kill();
            }
            reader.rollback();
        }
        await("the killed apply's session ends and its advisory lock with it").atMost(Duration.ofSeconds(30))
                .until(() -> count(sql, "select count(*) from pg_locks where locktype = 'advisory' and database ="
                        + " (select oid from pg_database where datname = current_database())") == 0);

        boolean before = !exists(sql, "note") && !hasSubtitle(sql) && version(sql) == 1 && modelChangeSets(sql) == 1;
        boolean after = exists(sql, "note") && hasSubtitle(sql) && version(sql) == 2 && modelChangeSets(sql) == 2;
        assertThat(before || after).as("entirely before or entirely after the change: note table %s, post.subtitle %s,"
                + " version %s, %s model changesets", exists(sql, "note"), hasSubtitle(sql), version(sql),
                modelChangeSets(sql)).isTrue();
        assertThat(count(sql, "select count(*) from plinth_changelog_lock where locked"))
                .as("the killed apply left Liquibase's lock set").isEqualTo(1);

        long started = System.nanoTime();
        CliRun next = plinth(args("apply", model, onDatabase));

        assertThat(next.exitCode()).as(next.err()).isEqualTo(Cli.OK);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no wait for the stale lock to expire")
                .isLessThan(Duration.ofSeconds(30));
        assertThat(exists(sql, "note")).isTrue();
        assertThat(hasSubtitle(sql)).isTrue();
        assertThat(version(sql)).isEqualTo(2);
        assertThat(modelChangeSets(sql)).isEqualTo(2);
        assertThat(count(sql, "select count(*) from plinth_changelog_lock where locked")).isZero();
    }

    private static String[] args(String command, Path model, String... more) {
        String[] args = new String[more.length + 2];
        args[0] = command;
        args[1] = model.toString();
        System.arraycopy(more, 0, args, 2, more.length);
        return args;
    }

    private static long count(DSLContext sql, String query) {
        return ((Number) sql.fetchValue(query)).longValue();
    }

    private static boolean exists(DSLContext sql, String table) {
        return count(sql, "select count(*) from information_schema.tables where table_name = '" + table + "'") == 1;
    }

    private static boolean hasSubtitle(DSLContext sql) {
        return count(sql, "select count(*) from information_schema.columns where table_name = 'post'"
                + " and column_name = 'subtitle'") == 1;
    }

    private static long version(DSLContext sql) {
        return count(sql, "select max(version) from plinth_model_version");
    }

    private static long modelChangeSets(DSLContext sql) {
        return count(sql, "select count(*) from plinth_changelog where filename = 'plinth/model'");
    }
}
