package dev.plinth.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The request pool, answering at once while PostgreSQL is known to be out of reach. A request that finds no
 * connection waits for one at most the connection timeout; when that wait fails because the pool's last attempt to
 * connect failed (the server is down, not merely busy), the pool counts the server unreachable. From then on one
 * request at a time waits to find out whether it is back, and every other request is refused at once, instead of
 * each holding a web server thread for the whole timeout: so an instance keeps answering (503
 * {@code database.unavailable}), its probes included, however many requests come during an outage. The first
 * connection it gets again ends that.
 */
final class FailFastPool extends DelegatingDataSource {

    /** SQLSTATE: the client could not establish the connection. */
    private static final String CANNOT_CONNECT = "08001";

    private final HikariDataSource pool;
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile boolean unreachable;

    FailFastPool(HikariDataSource pool) {
        super(pool);
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (!unreachable) {
            return connect();
        }
        if (!checking.compareAndSet(false, true)) {
            throw new SQLTransientConnectionException("PostgreSQL could not be reached at the last attempt;"
                    + " another request is finding out whether it is back", CANNOT_CONNECT);
        }
        try {
            return connect();
        } finally {
            checking.set(false);
        }
    }

    private Connection connect() throws SQLException {
        try {
            Connection connection = pool.getConnection();
            if (unreachable) {
                unreachable = false;
            }
            return connection;
        } catch (SQLTransientConnectionException e) {
            // The pool gives the failure of its last attempt to connect as the cause; a pool merely busy gives none.
            if (e.getCause() != null) {
                unreachable = true;
            }
            throw e;
        }
    }
}
