package dev.plinth.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.plinth.schema.ConnectionSource;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    private final EmbeddedDatabase embedded;
    private final HikariDataSource pool;
    private final ConnectionSource connections;
    private final String description;

    private PlinthDatabase(EmbeddedDatabase embedded, String url, String user, String password, int poolSize,
                           String description) {
        this.embedded = embedded;
        this.description = description;
        HikariConfig config = new HikariConfig();
        config.setPoolName("plinth");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        // PostgreSQL writes timestamps into the API's JSON in the session's time zone: always UTC.
        config.setConnectionInitSql("set time zone 'UTC'");
        this.pool = new HikariDataSource(config);
        this.connections = ConnectionSource.of(url, user, password);
    }

    /** Connects to the external PostgreSQL, or starts the embedded one. */
    public static PlinthDatabase open(DatabaseSettings settings) {
        if (!settings.embedded()) {
            String shown = withoutPassword(settings.url());
            log.info("Using PostgreSQL at {}", shown);
            return new PlinthDatabase(null, settings.url(), settings.user(), settings.password(), settings.poolSize(),
                    shown);
        }
        try {
            EmbeddedDatabase embedded = EmbeddedDatabase.start(settings.dataDirectory());
            String url = embedded.jdbcUrl(EMBEDDED_DATABASE);
            return new PlinthDatabase(embedded, url, EmbeddedDatabase.USER, null, settings.poolSize(),
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

    public DataSource dataSource() {
        return pool;
    }

    public ConnectionSource connections() {
        return connections;
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
