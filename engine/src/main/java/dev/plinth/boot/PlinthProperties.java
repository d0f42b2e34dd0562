package dev.plinth.boot;

import dev.plinth.database.DatabaseSettings;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Plinth's settings, from {@code --plinth.*} options, {@code PLINTH_*} environment variables or
 * {@code application.properties}.
 */
@ConfigurationProperties("plinth")
public class PlinthProperties {

    /** The model folder to serve; safe changes in it are applied on start. Without one, the applied model is served. */
    private Path model;
    /** Apply saved changes to the model folder while serving. */
    private boolean watch;
    /** Where the embedded PostgreSQL keeps its data when no database URL is given. */
    private Path dataDir = DatabaseSettings.DEFAULT_DATA_DIRECTORY;
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
        return new DatabaseSettings(db.url, db.user, db.password, dataDir, db.poolSize);
    }

    /** An external PostgreSQL; without a URL, the embedded one is used. */
    public static class Db {
        /** JDBC URL, for example jdbc:postgresql://localhost:5432/plinth. */
        private String url;
        private String user;
        private String password;
        /** Connections in the pool. */
        private int poolSize = DatabaseSettings.DEFAULT_POOL_SIZE;

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
    }
}
