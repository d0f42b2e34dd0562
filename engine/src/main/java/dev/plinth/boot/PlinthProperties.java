package dev.plinth.boot;

import dev.plinth.database.DatabaseSettings;
import dev.plinth.schema.SchemaEngine;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Plinth's settings, from {@code --plinth.*} options, {@code PLINTH_*} environment variables or
 * {@code application.properties}.
 */
@ConfigurationProperties("plinth")
public class PlinthProperties {

    /** One cheap indexed {@code max()} a second: a lost notification still reaches every instance within a second. */
    static final Duration DEFAULT_MODEL_CHECK_INTERVAL = Duration.ofSeconds(1);

    /** The model folder to serve; safe changes in it are applied on start. Without one, the applied model is served. */
    private Path model;
    /** Apply saved changes to the model folder while serving. */
    private boolean watch;
    /** Where the embedded PostgreSQL keeps its data when no database URL is given. */
    private Path dataDir = DatabaseSettings.DEFAULT_DATA_DIRECTORY;
    /**
     * How often each instance compares the newest applied model version with the one it serves: the fallback for
     * a model change notification that was lost or that {@code plinth.db.listen=false} turned off.
     */
    private Duration modelCheckInterval = DEFAULT_MODEL_CHECK_INTERVAL;
    /**
     * The console log's format: {@code text}, or JSON lines ({@code json}, the same as {@code ecs}; {@code logstash};
     * {@code gelf}). Read by {@link PlinthDefaults} before logging starts.
     */
    private LogFormat logFormat = LogFormat.TEXT;
    private final Db db = new Db();

    public Path getModel() {
        return model;
    }

    public void setModel(Path model) {
        this.model = model;
    }

    public boolean isWatch() {
        return watch;
    }

    public void setWatch(boolean watch) {
        this.watch = watch;
    }

    public Path getDataDir() {
        return dataDir;
    }

    public void setDataDir(Path dataDir) {
        this.dataDir = dataDir;
    }

    public Duration getModelCheckInterval() {
        return modelCheckInterval;
    }

    public void setModelCheckInterval(Duration modelCheckInterval) {
        this.modelCheckInterval = modelCheckInterval;
    }

    public LogFormat getLogFormat() {
        return logFormat;
    }

    public void setLogFormat(LogFormat logFormat) {
        this.logFormat = logFormat;
    }

    public Db getDb() {
        return db;
    }

    DatabaseSettings databaseSettings() {
        return new DatabaseSettings(db.url, db.user, db.password, dataDir, db.poolSize, db.connectionTimeout,
                db.statementTimeout, db.migrationLockTimeout);
    }

    /** An external PostgreSQL; without a URL, the embedded one is used. */
    public static class Db {
        /** JDBC URL, for example jdbc:postgresql://localhost:5432/plinth. */
        private String url;
        private String user;
        private String password;
        /** Connections in the pool. */
        private int poolSize = DatabaseSettings.DEFAULT_POOL_SIZE;
        /** The longest a request waits for a pooled connection (and to connect) before it is answered 503. */
        private Duration connectionTimeout = DatabaseSettings.DEFAULT_CONNECTION_TIMEOUT;
        /** The longest one SQL statement of a request may run before PostgreSQL cancels it. */
        private Duration statementTimeout = DatabaseSettings.DEFAULT_STATEMENT_TIMEOUT;
        /**
         * The longest a migration waits for a table other sessions are using (PostgreSQL's lock_timeout), then the
         * apply fails and changes nothing; while it waits, requests for that table wait behind it. Zero: no limit.
         */
        private Duration migrationLockTimeout = SchemaEngine.DEFAULT_LOCK_TIMEOUT;
        /**
         * Hear of models applied by other instances through LISTEN/NOTIFY. Turn it off where sessions are not kept
         * (a pooler in transaction mode, such as PgBouncer); the periodic check still brings every instance up to date.
         */
        private boolean listen = true;

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getUser() {
            return user;
        }

        public void setUser(String user) {
            this.user = user;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public int getPoolSize() {
            return poolSize;
        }

        public void setPoolSize(int poolSize) {
            this.poolSize = poolSize;
        }

        public Duration getConnectionTimeout() {
            return connectionTimeout;
        }

        public void setConnectionTimeout(Duration connectionTimeout) {
            this.connectionTimeout = connectionTimeout;
        }

        public Duration getStatementTimeout() {
            return statementTimeout;
        }

        public void setStatementTimeout(Duration statementTimeout) {
            this.statementTimeout = statementTimeout;
        }

        public Duration getMigrationLockTimeout() {
            return migrationLockTimeout;
        }

        public void setMigrationLockTimeout(Duration migrationLockTimeout) {
            this.migrationLockTimeout = migrationLockTimeout;
        }

        public boolean isListen() {
            return listen;
        }

        public void setListen(boolean listen) {
            this.listen = listen;
        }
    }
}
