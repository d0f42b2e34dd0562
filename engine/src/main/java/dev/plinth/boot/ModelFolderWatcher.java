package dev.plinth.boot;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import dev.plinth.model.SourceMap;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve --watch}: watches the model folder and its {@code entities/} and {@code roles/} folders, and once saves
 * have settled for {@value #SETTLE_MILLIS} ms, syncs the folder into the database.
 */
final class ModelFolderWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ModelFolderWatcher.class);
    /** How long the folder must be quiet before a sync: editors save in several steps. */
    static final long SETTLE_MILLIS = 200;

    private final ModelFolderSync sync;
    private final WatchService watcher;
    private final Thread thread;

    ModelFolderWatcher(ModelFolderSync sync) throws IOException {
        this.sync = sync;
        this.watcher = sync.folder().getFileSystem().newWatchService();
        register(sync.folder());
        this.thread = new Thread(this::watch, "plinth-model-watcher");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
        log.info("Watching {} for model changes", sync.folder().toAbsolutePath());
    }

    private void register(Path folder) throws IOException {
        folder.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        for (String directory : new String[] {SourceMap.ENTITIES_DIR, SourceMap.ROLES_DIR}) {
            Path child = folder.resolve(directory);
            if (Files.isDirectory(child)) {
                child.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                drain(key);
                WatchKey more;
                while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                register(sync.folder());
                try {
                    sync.syncOnChange();
                } catch (RuntimeException e) {
                    log.warn("Applying the changed model failed: {}", e.getMessage());
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.warn("Stopped watching {}: {}", sync.folder(), e.getMessage());
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
