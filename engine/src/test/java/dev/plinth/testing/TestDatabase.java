package dev.plinth.testing;

import dev.plinth.database.EmbeddedDatabase;
import dev.plinth.schema.ConnectionSource;
import dev.plinth.schema.SchemaEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real embedded PostgreSQL for the whole test run, and a fresh, empty database in it for each test that
 * asks: tests never see each other's tables.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedDatabase server;

    private final String url;

    private TestDatabase(String url) {
        this.url = url;
    }

    private static synchronized EmbeddedDatabase server() {
        if (server == null) {
            try {
                server = EmbeddedDatabase.startTemporary();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return server;
    }

    /** A new empty database. */
    public static TestDatabase create() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        EmbeddedDatabase embedded = server();
        try (Connection connection = DriverManager.getConnection(embedded.jdbcUrl("postgres"));
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new TestDatabase(embedded.jdbcUrl(name));
    }

    public String url() {
        return url;
    }

    public String user() {
        return EmbeddedDatabase.USER;
    }

    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        return dataSource;
    }

    public ConnectionSource connections() {
        return () -> DriverManager.getConnection(url);
    }

    public DSLContext dsl() {
        return DSL.using(dataSource(), SQLDialect.POSTGRES);
    }

    public SchemaEngine schemaEngine() {
        return new SchemaEngine(dataSource(), connections());
    }
}
