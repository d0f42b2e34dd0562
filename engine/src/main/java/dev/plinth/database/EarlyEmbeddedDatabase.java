package dev.plinth.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL started on a thread of its own as soon as the data directory is known, while the rest of
 * Plinth starts: creating and starting the server takes seconds that would otherwise be spent in turn with
 * building the application. {@link PlinthDatabase#open} takes it over when it asks for the same directory; one that
 * nobody takes is {@linkplain #abandon() stopped}.
 */
public final class EarlyEmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EarlyEmbeddedDatabase.class);
    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

    private record Pending(Path directory, CompletableFuture<EmbeddedDatabase> database) {
    }

    private EarlyEmbeddedDatabase() {
    }

    /** Starts the embedded PostgreSQL for {@code dataDirectory} in the background, unless one is already starting. */
    public static void begin(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        CompletableFuture<EmbeddedDatabase> database = new CompletableFuture<>();
        if (!PENDING.compareAndSet(null, new Pending(directory, database))) {
            return;
        }
        Thread starter = new Thread(() -> {
            try {
                database.complete(EmbeddedDatabase.start(directory));
            } catch (IOException | RuntimeException e) {
                database.completeExceptionally(e);
            }
        }, "plinth-embedded-postgres");
        starter.setDaemon(true);
        starter.start();
    }

    /** The server started early for {@code dataDirectory}, waiting for it to be up; {@code null} when there is none. */
    static EmbeddedDatabase take(Path dataDirectory) throws IOException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Pending pending = PENDING.get();
        if (pending == null || !pending.directory().equals(directory) || !PENDING.compareAndSet(pending, null)) {
            return null;
        }
        try {
            return pending.database().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.database().thenAccept(EarlyEmbeddedDatabase::stop);
            throw new IOException("interrupted while the embedded PostgreSQL started", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Stops a server started early that nobody took (the application failed before it opened its database, or opened
     * another one), once it has started.
     */
    public static void abandon() {
        Pending pending = PENDING.getAndSet(null);
        if (pending == null) {
            return;
        }
        try {
            stop(pending.database().get());
        } catch (ExecutionException e) {
            log.debug("The embedded PostgreSQL started early did not start: {}", e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.database().thenAccept(EarlyEmbeddedDatabase::stop);
        }
    }

    private static void stop(EmbeddedDatabase database) {
        try {
            database.close();
        } catch (IOException e) {
            log.warn("The embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
