package dev.plinth.database;

import java.nio.file.Path;

/**
 * Which PostgreSQL Plinth uses: an external server when {@code url} is set, otherwise an embedded one keeping its
 * data in {@code dataDirectory}.
 *
 * @param url           JDBC URL of an external PostgreSQL, or {@code null} for the embedded one
 * @param user          user for the external PostgreSQL
 * @param password      password for the external PostgreSQL
 * @param dataDirectory where the embedded PostgreSQL keeps its data
 * @param poolSize      connections in the pool
 */
public record DatabaseSettings(String url, String user, String password, Path dataDirectory, int poolSize) {

    /** Where the embedded database keeps its data unless told otherwise, relative to the working directory. */
    public static final Path DEFAULT_DATA_DIRECTORY = Path.of(".plinth", "data");
    public static final int DEFAULT_POOL_SIZE = 16;

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
