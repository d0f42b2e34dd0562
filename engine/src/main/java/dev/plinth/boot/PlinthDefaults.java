package dev.plinth.boot;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Plinth's defaults for Spring Boot, with the lowest precedence so any application property overrides them. Plinth
 * runs its own migrations, so Boot's Liquibase runner is off. {@code /actuator/health/liveness} says the process
 * works; {@code /actuator/health/readiness} adds the database and the served model, so a load balancer sends no
 * requests to an instance that cannot answer them. On shutdown the web server stops taking requests and lets those
 * in flight finish, for at most {@value #SHUTDOWN_PHASE_TIMEOUT}, before the database closes.
 */
class PlinthDefaults implements EnvironmentPostProcessor {

    /** Within Kubernetes' default 30 s grace period, with room for the database to close after the drain. */
    static final String SHUTDOWN_PHASE_TIMEOUT = "20s";

    static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("spring.liquibase.enabled", "false"),
            Map.entry("spring.jooq.sql-dialect", "postgres"),
            Map.entry("logging.level.liquibase", "warn"),
            Map.entry("logging.level.io.zonky", "warn"),
            Map.entry("server.error.include-stacktrace", "never"),
            Map.entry("server.error.include-message", "never"),
            Map.entry("management.endpoints.web.exposure.include", "health,info,metrics"),
            Map.entry("management.endpoint.health.probes.enabled", "true"),
            Map.entry("management.endpoint.health.group.readiness.include", "readinessState,db,model"),
            Map.entry("server.shutdown", "graceful"),
            Map.entry("spring.lifecycle.timeout-per-shutdown-phase", SHUTDOWN_PHASE_TIMEOUT));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        quietJooq();
        environment.getPropertySources().addLast(new MapPropertySource("plinthDefaults", DEFAULTS));
    }

    /** jOOQ prints a logo and tips on first use unless told not to. */
    static void quietJooq() {
        System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
        System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
    }
}
