package dev.plinth.database;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Which PostgreSQL Plinth uses: an external server when {@code url} is set, otherwise an embedded one keeping its
 * data in {@code dataDirectory}; and how long a request may wait on it.
 *
 * @param url               JDBC URL of an external PostgreSQL, or {@code null} for the embedded one
 * @param user              user for the external PostgreSQL
 * @param password          password for the external PostgreSQL
 * @param dataDirectory     where the embedded PostgreSQL keeps its data
 * @param poolSize          connections in the pool
 * @param connectionTimeout the longest a request waits for a pooled connection, and to connect to the server
 * @param statementTimeout  the longest one statement of a request may run before PostgreSQL cancels it
 */
public record DatabaseSettings(String url, String user, String password, Path dataDirectory, int poolSize,
                               Duration connectionTimeout, Duration statementTimeout) {

    /** Where the embedded database keeps its data unless told otherwise, relative to the working directory. */
    public static final Path DEFAULT_DATA_DIRECTORY = Path.of(".plinth", "data");
    public static final int DEFAULT_POOL_SIZE = 16;
    /** Long enough for a busy pool to free a connection, short enough that a caller hears of an outage at once. */
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(3);
    /** Far beyond any sound API request, so it only stops runaway statements and waits on a silent server. */
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(60);

    /** The settings with the default pool size and timeouts. */
    public DatabaseSettings(String url, String user, String password, Path dataDirectory) {
        this(url, user, password, dataDirectory, DEFAULT_POOL_SIZE, DEFAULT_CONNECTION_TIMEOUT,
                DEFAULT_STATEMENT_TIMEOUT);
    }

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
