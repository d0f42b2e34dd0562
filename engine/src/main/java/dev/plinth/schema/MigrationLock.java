package dev.plinth.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A PostgreSQL session-level advisory lock held on its own connection around every migration. PostgreSQL
 * releases it when the session ends, so a killed process never leaves the next one locked out.
 */
final class MigrationLock implements AutoCloseable {

    /** The lock's key: "plinth" in ASCII. */
    static final long KEY = 0x706C696E7468L;

    private final Connection connection;

    private MigrationLock(Connection connection) {
        this.connection = connection;
    }

    /** Waits until no other Plinth migrates this database, then holds the lock until {@link #close()}. */
    static MigrationLock acquire(ConnectionSource connections) throws SQLException {
        Connection connection = connections.open();
        try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_lock(?)")) {
            statement.setLong(1, KEY);
            statement.execute();
            return new MigrationLock(connection);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        try (connection; PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            statement.setLong(1, KEY);
            statement.execute();
        }
    }
}
