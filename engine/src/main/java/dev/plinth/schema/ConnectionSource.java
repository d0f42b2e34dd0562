package dev.plinth.schema;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Opens dedicated (unpooled) connections for migrations: Liquibase changes a connection's session state, so
 * it never gets one from the application's pool.
 */
@FunctionalInterface
public interface ConnectionSource {

    Connection open() throws SQLException;

    static ConnectionSource of(String url, String user, String password) {
        return () -> DriverManager.getConnection(url, user, password);
    }
}
