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

/** The web server gets one thread per pooled connection, however the pool's size is given, unless told otherwise. */
class WorkerThreadsTest {

    @Test
    void byDefaultAsManyThreadsAsThePoolsDefaultSize() {
        StandardEnvironment environment = prepared(new StandardEnvironment());

        assertThat(maxThreads(environment)).isEqualTo(DatabaseSettings.DEFAULT_POOL_SIZE);
        assertThat(environment.getProperty("server.tomcat.threads.min-spare", Integer.class)).isEqualTo(10);
    }

    @Test
    void thePoolSizeFromTheEnvironmentOrTheCommandLineSetsTheThreads() {
        StandardEnvironment fromVariables = new StandardEnvironment();
        fromVariables.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of("PLINTH_DB_POOL_SIZE", "24")));
        assertThat(maxThreads(prepared(fromVariables))).isEqualTo(24);

        StandardEnvironment fromArguments = new StandardEnvironment();
        fromArguments.getPropertySources().addFirst(new SimpleCommandLinePropertySource("--plinth.db.pool-size=4"));
        StandardEnvironment small = prepared(fromArguments);
        assertThat(maxThreads(small)).isEqualTo(4);
        assertThat(small.getProperty("server.tomcat.threads.min-spare", Integer.class))
                .as("no more kept ready than there may be").isEqualTo(4);
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
