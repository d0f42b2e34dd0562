package dev.plinth.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.database.DatabaseSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The settings an operator gives as environment variables, under the names the README's Configuration table lists. */
class PlinthPropertiesTest {

    @Test
    void theDatabaseAndInstanceSettingsBindFromEnvironmentVariables() {
        Map<String, Object> variables = Map.of(
                "PLINTH_MODEL", "models/blog",
                "PLINTH_DB_POOL_SIZE", "4",
                "PLINTH_DB_CONNECTION_TIMEOUT", "5s",
                "PLINTH_DB_LISTEN", "false",
                "PLINTH_DB_MIGRATION_LOCK_TIMEOUT", "45s",
                "PLINTH_MODEL_CHECK_INTERVAL", "3s");
        StandardEnvironment environment = new StandardEnvironment();
        // in place of the machine's own environment, under its name, so Spring reads it as it reads the real one
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));

        PlinthProperties properties = Binder.get(environment).bind("plinth", PlinthProperties.class).get();
        DatabaseSettings database = properties.databaseSettings();

        assertThat(properties.getModel()).isEqualTo(Path.of("models/blog"));
        assertThat(database.poolSize()).isEqualTo(4);
        assertThat(database.connectionTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(database.statementTimeout()).as("left out").isEqualTo(DatabaseSettings.DEFAULT_STATEMENT_TIMEOUT);
        assertThat(database.migrationLockTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(properties.getDb().isListen()).isFalse();
        assertThat(properties.getModelCheckInterval()).isEqualTo(Duration.ofSeconds(3));
    }
}
