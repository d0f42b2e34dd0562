package dev.plinth.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

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
        return embedded(url);
    }

    /** Whether a {@link #url()} means the embedded PostgreSQL: none given. */
    public static boolean embedded(String url) {
        return url == null || url.isBlank();
    }

    /**
     * Whether PostgreSQL runs on this machine given a {@link #url()}: no URL (the embedded one), or every host
     * the URL names is {@code localhost}, an address in 127.0.0.0/8 or {@code ::1}, or no host at all
     * ({@code jdbc:postgresql:plinth} means localhost). Names are not looked up, so a host name that happens to resolve
     * to this machine counts as another one.
     */
    public static boolean onThisMachine(String jdbcUrl) {
        if (embedded(jdbcUrl)) {
            return true;
        }
        String prefix = "jdbc:postgresql:";
        if (!jdbcUrl.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return false;
        }
        String rest = jdbcUrl.substring(prefix.length());
        if (!rest.startsWith("//")) {
            return true;
        }
        int end = rest.length();
        for (char stop : new char[] {'/', '?'}) {
            int at = rest.indexOf(stop, 2);
            end = at < 0 ? end : Math.min(end, at);
        }
        String hosts = rest.substring(2, end);
        return hosts.isEmpty() || Arrays.stream(hosts.split(",")).allMatch(DatabaseSettings::loopback);
    }

    private static boolean loopback(String hostAndPort) {
        String host = hostAndPort.startsWith("[")
                ? hostAndPort.substring(1, Math.max(1, hostAndPort.indexOf(']')))
                : hostAndPort.contains(":") ? hostAndPort.substring(0, hostAndPort.indexOf(':')) : hostAndPort;
        host = host.toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.equals("::1")
                || host.startsWith("127.") && host.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9');
    }
}
