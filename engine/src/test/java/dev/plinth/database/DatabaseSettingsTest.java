package dev.plinth.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.Driver;

/** Whether PostgreSQL runs on this machine, read from the settings alone. */
class DatabaseSettingsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "jdbc:postgresql://localhost:5432/plinth",
            "jdbc:postgresql://LOCALHOST/plinth",
            "jdbc:postgresql://127.0.0.1:45393/blog?sslmode=disable",
            "jdbc:postgresql://127.0.1.1/plinth",
            "jdbc:postgresql://[::1]:5432/plinth",
            "jdbc:postgresql://localhost:5432,127.0.0.1:5433/plinth?targetServerType=primary",
            "jdbc:postgresql://localhost/?user=plinth",
            "jdbc:postgresql://db.internal/plinth?host=localhost",
            "jdbc:postgresql:plinth",
            "jdbc:postgresql:///plinth",
            "jdbc:postgresql://[::1]/plinth"})
    void urlsOnThisMachine(String url) {
        assertThat(DatabaseSettings.onThisMachine(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "jdbc:postgresql://db.internal:5432/plinth",
            "jdbc:postgresql://10.0.0.7/plinth",
            "jdbc:postgresql://[2001:db8::1]:5432/plinth",
            "jdbc:postgresql://localhost:5432,replica.internal:5432/plinth",
            "jdbc:postgresql://localhost.example.com/plinth",
            "jdbc:postgresql://127.example.com/plinth",
            "jdbc:postgresql://postgres/plinth?options=-c%20search_path=localhost",
            "jdbc:postgresql://localhost/plinth?host=db.internal",
            "jdbc:mysql://localhost/plinth"})
    void urlsNamingAnotherMachine(String url) {
        assertThat(DatabaseSettings.onThisMachine(url)).isFalse();
    }

    /** The driver connects with none of these, so Plinth never uses them; they keep one thread per connection. */
    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://localhost?user=plinth", "JDBC:PostgreSQL://localhost/plinth"})
    void urlsTheDriverRefuses(String url) {
        assertThat(Driver.parseURL(url, new Properties())).isNull();
        assertThat(DatabaseSettings.onThisMachine(url)).isFalse();
    }

    @Test
    void theEmbeddedDatabaseRunsOnThisMachine() {
        assertThat(DatabaseSettings.onThisMachine(null)).isTrue();
        assertThat(DatabaseSettings.onThisMachine(" ")).isTrue();
    }
}
