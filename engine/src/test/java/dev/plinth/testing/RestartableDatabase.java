package dev.plinth.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A PostgreSQL server of a test's own, which the test can stop under a running Plinth and start again on the same port
 * and data directory, as an outage or a database restart would.
 */
public final class RestartableDatabase implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    private RestartableDatabase(Path dataDirectory, EmbeddedPostgres server) {
        this.dataDirectory = dataDirectory;
        this.server = server;
        this.port = server.getPort();
    }

    /** Creates a server keeping its data in {@code dataDirectory} (empty or missing) and starts it. */
    public static RestartableDatabase start(Path dataDirectory) throws IOException {
        return new RestartableDatabase(dataDirectory, builder(dataDirectory).start());
    }

    private static EmbeddedPostgres.Builder builder(Path dataDirectory) {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false);
    }

    /** The JDBC URL of its {@code postgres} database, as user {@code postgres}; it stays the same across restarts. */
    public String url() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    /** Stops the server as an administrator would ({@code pg_ctl stop -m fast}): every session is ended. */
    public void stop() throws IOException {
        server.close();
        server = null;
    }

    /** Starts the server again on its port and data. */
    public void restart() throws IOException {
        server = builder(dataDirectory).setPort(port).start();
    }

    public boolean running() {
        return server != null;
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            stop();
        }
    }
}
