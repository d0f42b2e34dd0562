package dev.plinth.cli;

import dev.plinth.database.DatabaseSettings;
import dev.plinth.database.EarlyEmbeddedDatabase;
import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * For {@code serve}: starts the embedded PostgreSQL as soon as the settings are read ({@code plinth.db.url} unset,
 * {@code plinth.data-dir} or its default), so it comes up while Spring builds the application instead of after it
 * (see {@link EarlyEmbeddedDatabase}). A server nobody took is stopped when the application fails or is ready.
 */
final class EarlyDatabaseStart implements ApplicationListener<SpringApplicationEvent> {

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            Binder settings = Binder.get(prepared.getEnvironment());
            if (DatabaseSettings.embedded(settings.bind("plinth.db.url", String.class).orElse(null))) {
                EarlyEmbeddedDatabase.begin(settings.bind("plinth.data-dir", Path.class)
                        .orElse(DatabaseSettings.DEFAULT_DATA_DIRECTORY));
            }
        } else if (event instanceof ApplicationFailedEvent || event instanceof ApplicationReadyEvent) {
            EarlyEmbeddedDatabase.abandon();
        }
    }
}
