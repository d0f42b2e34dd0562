package dev.plinth.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.plinth.schema.ConnectionSource;
import dev.plinth.schema.SchemaEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database Plinth runs on, opened from {@link DatabaseSettings}: a connection pool for requests and a source of
 * dedicated connections for migrations. Closing it closes the pool and stops the embedded server, if any.
 */
public final class PlinthDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlinthDatabase.class);
    private static final String EMBEDDED_DATABASE = "postgres";
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;][a-z]*password=)[^&;]*");
    /** A pooled connection that does not answer a liveness check within this is given up on. */
    private static final long MAX_VALIDATION_MILLIS = 2000;
    /** How much longer than the statement timeout the driver waits on a silent server before giving up. */
    private static final Duration SOCKET_MARGIN = Duration.ofSeconds(10);

    private final EmbeddedDatabase embedded;
    private final HikariDataSource pool;
    private final FailFastPool requests;
    private final ConnectionSource connections;
    private final Duration migrationLockTimeout;
    private final String description;

    private PlinthDatabase(EmbeddedDatabase embedded, String url, String user, String password,
                           DatabaseSettings settings, String description) {
        this.embedded = embedded;
        this.description = description;
        this.pool = new HikariDataSource(poolConfig(url, user, password, settings));
        this.requests = new FailFastPool(pool);
        this.connections = ConnectionSource.of(url, user, password);
        this.migrationLockTimeout = settings.migrationLockTimeout();
    }

    /**
     * The request pool, every wait bounded: for a free connection and to connect ({@code connectionTimeout}), for a
     * statement (PostgreSQL's {@code statement_timeout}), and for a server that went silent mid-statement (the
     * driver's {@code socketTimeout}, a little longer, so PostgreSQL's own cancel normally comes first). Settings in
     * the URL win over these.
     */
    static HikariConfig poolConfig(String url, String user, String password, DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("plinth");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(settings.poolSize());
        long connectionMillis = settings.connectionTimeout().toMillis();
        config.setConnectionTimeout(connectionMillis);
        config.setValidationTimeout(Math.min(connectionMillis, MAX_VALIDATION_MILLIS));
        config.addDataSourceProperty("connectTimeout", seconds(settings.connectionTimeout()));
        config.addDataSourceProperty("loginTimeout", seconds(settings.connectionTimeout()));
        config.addDataSourceProperty("socketTimeout", seconds(settings.statementTimeout().plus(SOCKET_MARGIN)));
        // PostgreSQL writes timestamps into the API's JSON in the session's time zone: always UTC.
        config.setConnectionInitSql("set time zone 'UTC'; set statement_timeout = "
                + settings.statementTimeout().toMillis());
        return config;
    }

    /** The driver counts its timeouts in whole seconds; anything shorter than a second becomes one. */
    private static String seconds(Duration duration) {
        return Long.toString(Math.max(1, (duration.toMillis() + 999) / 1000));
    }

    /** Connects to the external PostgreSQL, or starts the embedded one. */
    public static PlinthDatabase open(DatabaseSettings settings) {
        if (!settings.embedded()) {
            String shown = withoutPassword(settings.url());
            log.info("Using PostgreSQL at {}", shown);
            return new PlinthDatabase(null, settings.url(), settings.user(), settings.password(), settings, shown);
        }
        try {
            EmbeddedDatabase embedded = EarlyEmbeddedDatabase.take(settings.dataDirectory());
            if (embedded == null) {
                embedded = EmbeddedDatabase.start(settings.dataDirectory());
            }
            String url = embedded.jdbcUrl(EMBEDDED_DATABASE);
            return new PlinthDatabase(embedded, url, EmbeddedDatabase.USER, null, settings,
                    "embedded PostgreSQL, data in " + settings.dataDirectory().toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL could not start in "
                    + settings.dataDirectory().toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** The URL with the values of its {@code password} and {@code sslpassword} parameters masked, for logs and printed output. */
    static String withoutPassword(String url) {
        return PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
    }

    /** The request pool; while PostgreSQL is out of reach it refuses at once ({@link FailFastPool}). */
    public DataSource dataSource() {
        return requests;
    }

    public ConnectionSource connections() {
        return connections;
    }

    /** The schema engine for this database, its migrations' lock waits bounded as the settings say. */
    public SchemaEngine schemaEngine() {
        return new SchemaEngine(requests, connections, migrationLockTimeout);
    }

    /** Where the data is, for people: a URL or the embedded server's data directory. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        pool.close();
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                log.warn("The embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
        }
    }
}
