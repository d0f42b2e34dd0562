package dev.plinth.database;

import dev.plinth.schema.SchemaEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.postgresql.Driver;
import org.postgresql.PGProperty;

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
 * @param migrationLockTimeout the longest a migration's statement waits for a table others are using, then the apply
 *                          fails and changes nothing (zero: as long as it takes)
 */
public record DatabaseSettings(String url, String user, String password, Path dataDirectory, int poolSize,
                               Duration connectionTimeout, Duration statementTimeout, Duration migrationLockTimeout) {

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
                DEFAULT_STATEMENT_TIMEOUT, SchemaEngine.DEFAULT_LOCK_TIMEOUT);
    }

    public boolean embedded() {
        return embedded(url);
    }

    /** Whether a {@link #url()} means the embedded PostgreSQL: none given. */
    public static boolean embedded(String url) {
        return url == null || url.isBlank();
    }

    /**
     * Whether PostgreSQL runs on this machine given a {@link #url()}: no URL (the embedded one), or every host the
     * PostgreSQL driver would connect to for that URL (its own parsing: the hosts of the URL, or its {@code host}
     * parameter, localhost when none is named) is {@code localhost}, an address in 127.0.0.0/8 or {@code ::1}. Names
     * are not looked up, so a host name that happens to resolve to this machine counts as another one; so does a URL
     * the driver refuses, which no connection is made with anyway.
     */
    public static boolean onThisMachine(String jdbcUrl) {
        if (embedded(jdbcUrl)) {
            return true;
        }
        Properties parsed = Driver.parseURL(jdbcUrl, new Properties());
        String hosts = parsed == null ? null : parsed.getProperty(PGProperty.PG_HOST.getName());
        return hosts != null && Arrays.stream(hosts.split(",")).allMatch(DatabaseSettings::loopback);
    }

    /** A host as the driver gives it: a name, an IPv4 address, an IPv6 one in brackets, or empty for its default. */
    private static boolean loopback(String host) {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        name = name.toLowerCase(Locale.ROOT);
        return name.isEmpty() || name.equals("localhost") || name.equals("::1")
                || name.startsWith("127.") && name.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9');
    }
}
