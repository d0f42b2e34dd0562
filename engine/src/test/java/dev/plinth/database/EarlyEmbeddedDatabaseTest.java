package dev.plinth.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL started ahead of the application: taken over for its own directory only, or stopped. */
class EarlyEmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void theServerStartedEarlyIsTakenOverForItsOwnDirectoryOnly() throws Exception {
        Path data = folder.resolve("data");
        EarlyEmbeddedDatabase.begin(data);
        EarlyEmbeddedDatabase.begin(folder.resolve("other"));

        assertThat(EarlyEmbeddedDatabase.take(folder.resolve("other"))).as("another directory").isNull();
        try (EmbeddedDatabase database = EarlyEmbeddedDatabase.take(folder.resolve("data/../data"))) {
            assertThat(database).isNotNull();
            assertThat(answers(database)).isTrue();
            assertThat(EarlyEmbeddedDatabase.take(data)).as("taken once").isNull();
        }
        assertThat(folder.resolve("other")).doesNotExist();
    }

    @Test
    void aServerNobodyTakesIsStopped() throws Exception {
        Path data = folder.resolve("abandoned");
        EarlyEmbeddedDatabase.begin(data);
        Path pidFile = data.resolve("postmaster.pid");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!pidFile.toFile().exists() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(pidFile).exists();

        EarlyEmbeddedDatabase.abandon();

        assertThat(pidFile).as("PostgreSQL removes its pid file when it stops").doesNotExist();
        assertThat(EarlyEmbeddedDatabase.take(data)).isNull();
    }

    private static boolean answers(EmbeddedDatabase database) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl("postgres"), EmbeddedDatabase.USER, null);
             ResultSet result = connection.createStatement().executeQuery("select 1")) {
            return result.next() && result.getInt(1) == 1;
        }
    }
}
