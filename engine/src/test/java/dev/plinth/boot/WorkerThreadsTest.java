package dev.plinth.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.database.DatabaseSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The web server gets one thread per pooled connection, however the pool's size is given, and no more than twice the
 * processors when PostgreSQL runs on this machine, unless told otherwise.
 */
class WorkerThreadsTest {

    private static final String ELSEWHERE = "jdbc:postgresql://db.internal:5432/plinth";

    @Test
    void withTheEmbeddedDatabaseTwiceTheProcessorsAtMostThePoolsSize() {
        StandardEnvironment environment = prepared(new StandardEnvironment());

        int expected = Math.min(DatabaseSettings.DEFAULT_POOL_SIZE, 2 * Runtime.getRuntime().availableProcessors());
        assertThat(maxThreads(environment)).isEqualTo(expected);
        assertThat(environment.getProperty("server.tomcat.threads.min-spare", Integer.class))
                .isEqualTo(Math.min(expected, 10));
    }

    @Test
    void withPostgresqlOnLocalhostTheSame() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("PLINTH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/plinth", "PLINTH_DB_POOL_SIZE", "64")));

        assertThat(maxThreads(prepared(environment))).isEqualTo(Math.min(64, 2 * Runtime.getRuntime()
                .availableProcessors()));
    }

    @Test
    void withPostgresqlElsewhereAsManyThreadsAsThePoolsDefaultSize() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource("--plinth.db.url=" + ELSEWHERE));
        prepared(environment);

        assertThat(maxThreads(environment)).isEqualTo(DatabaseSettings.DEFAULT_POOL_SIZE);
        assertThat(environment.getProperty("server.tomcat.threads.min-spare", Integer.class)).isEqualTo(10);
    }

    @Test
    void thePoolSizeFromTheEnvironmentOrTheCommandLineSetsTheThreads() {
        StandardEnvironment fromVariables = new StandardEnvironment();
        fromVariables.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("PLINTH_DB_POOL_SIZE", "24", "PLINTH_DB_URL", ELSEWHERE)));
        assertThat(maxThreads(prepared(fromVariables))).isEqualTo(24);

        StandardEnvironment fromArguments = new StandardEnvironment();
        fromArguments.getPropertySources().addFirst(new SimpleCommandLinePropertySource(
                "--plinth.db.pool-size=1", "--plinth.db.url=" + ELSEWHERE));
        StandardEnvironment small = prepared(fromArguments);
        assertThat(maxThreads(small)).isEqualTo(1);
        assertThat(small.getProperty("server.tomcat.threads.min-spare", Integer.class))
                .as("no more kept ready than there may be").isEqualTo(1);

        StandardEnvironment embedded = new StandardEnvironment();
        embedded.getPropertySources().addFirst(new SimpleCommandLinePropertySource("--plinth.db.pool-size=1"));
        assertThat(maxThreads(prepared(embedded))).as("never more threads than connections").isEqualTo(1);
    }

    @Test
    void theCountsFollowThePoolAndTheSharedProcessors() {
        assertThat(PlinthDefaults.workerThreads(16, 2)).containsEntry("server.tomcat.threads.max", 4)
                .containsEntry("server.tomcat.threads.min-spare", 4);
        assertThat(PlinthDefaults.workerThreads(16, 32)).containsEntry("server.tomcat.threads.max", 16)
                .containsEntry("server.tomcat.threads.min-spare", 10);
        assertThat(PlinthDefaults.workerThreads(16, 0)).containsEntry("server.tomcat.threads.max", 16);
        assertThat(PlinthDefaults.workerThreads(3, 4)).containsEntry("server.tomcat.threads.max", 3);
    }

    @Test
    void anOperatorsOwnThreadCountWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of("server.tomcat.threads.max", "64", "plinth.db.pool-size", "8")));

        assertThat(maxThreads(prepared(environment))).isEqualTo(64);
    }

    private static StandardEnvironment prepared(StandardEnvironment environment) {
        new PlinthDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    private static Integer maxThreads(StandardEnvironment environment) {
        return environment.getProperty("server.tomcat.threads.max", Integer.class);
    }
}
