package dev.plinth.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server started from binaries shipped in a Maven artifact. With a data directory its data
 * survives restarts (and it is written durably); without one it lives in a temporary directory, for tests.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL keeping its data in {@code dataDirectory}, creating it on first use. It stops when closed,
     * and only then: a shutdown hook of its own would stop it while the web server still drains the requests in
     * flight (a killed process leaves it running, and the next start stops it).
     */
    public static EmbeddedDatabase start(Path dataDirectory) throws IOException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(directory);
        stopOrphanedServer(directory);
        log.info("Starting embedded PostgreSQL with its data in {}", directory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory.toFile())
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        return new EmbeddedDatabase(postgres);
    }

    /**
     * A Plinth that was killed leaves its PostgreSQL running, holding the data directory. Stops that server (a
     * postgres process named in {@code postmaster.pid}) so this start can take the directory over.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (RuntimeException e) {
            return;
        }
        ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .ifPresent(orphan -> {
                    log.warn("Stopping the PostgreSQL server (pid {}) left running on {} by an earlier Plinth", pid, directory);
                    orphan.destroy();
                    try {
                        orphan.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        log.warn("The earlier PostgreSQL server did not stop in time: {}", e.toString());
                    }
                });
    }

    /** Starts a throwaway PostgreSQL whose data is deleted when it stops. */
    public static EmbeddedDatabase startTemporary() throws IOException {
        return new EmbeddedDatabase(EmbeddedPostgres.builder().start());
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl(USER, database);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
