package dev.plinth.boot;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Plinth's defaults for Spring Boot, with the lowest precedence so any application property overrides them. Plinth
 * runs its own migrations, so Boot's Liquibase runner is off.
 */
class PlinthDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.of(
            "spring.liquibase.enabled", "false",
            "spring.jooq.sql-dialect", "postgres",
            "logging.level.liquibase", "warn",
            "logging.level.io.zonky", "warn",
            "server.error.include-stacktrace", "never",
            "server.error.include-message", "never",
            "management.endpoints.web.exposure.include", "health,info,metrics");

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
