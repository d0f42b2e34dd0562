package dev.plinth.boot;

import dev.plinth.database.DatabaseSettings;
import dev.plinth.observe.RequestId;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Plinth's defaults for Spring Boot, with the lowest precedence so any application property overrides them (the parts
 * of Boot that Plinth does not use, its Liquibase runner among them, are left out by {@link UnusedAutoConfigurations}).
 * The actuator serves health, info, metrics and the Prometheus scrape; {@code /actuator/health/liveness} says the
 * process works; {@code /actuator/health/readiness} adds the database and the served model, so a load balancer sends no
 * requests to an instance that cannot answer them. The web server has one thread per pooled connection, at most twice
 * the processors when PostgreSQL shares them ({@link #workerThreads}). Text log lines show the request id, and
 * {@code PLINTH_LOG_FORMAT} switches the console to JSON lines. On shutdown the web server stops taking requests and
 * lets those in flight finish, for at most {@value #SHUTDOWN_PHASE_TIMEOUT}, before the database closes.
 */
class PlinthDefaults implements EnvironmentPostProcessor {

    /** Within Kubernetes' default 30 s grace period, with room for the database to close after the drain. */
    static final String SHUTDOWN_PHASE_TIMEOUT = "20s";

    /** The property naming the log format, {@code PLINTH_LOG_FORMAT} in the environment. */
    static final String LOG_FORMAT = "plinth.log-format";

    /** The property naming the pool's size, {@code PLINTH_DB_POOL_SIZE} in the environment. */
    static final String POOL_SIZE = "plinth.db.pool-size";

    /** The property naming an external PostgreSQL, {@code PLINTH_DB_URL} in the environment. */
    static final String DB_URL = "plinth.db.url";

    /** Tomcat's own default of threads kept ready, no more than the threads there may be. */
    private static final int TOMCAT_MIN_SPARE_THREADS = 10;

    /** {@code [id] } before the logger name while a request is served; nothing outside a request. */
    static final String REQUEST_ID_PATTERN = "%replace([%X{" + RequestId.MDC_KEY + "}] ){'^\\[\\] $', ''}";

    static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("logging.level.liquibase", "warn"),
            Map.entry("logging.level.io.zonky", "warn"),
            Map.entry("logging.pattern.correlation", REQUEST_ID_PATTERN),
            Map.entry("server.error.include-stacktrace", "never"),
            Map.entry("server.error.include-message", "never"),
            Map.entry("management.endpoints.web.exposure.include", "health,info,metrics,prometheus"),
            Map.entry("management.endpoint.health.probes.enabled", "true"),
            Map.entry("management.endpoint.health.group.readiness.include", "readinessState,db,model"),
            // Latency buckets of the API's timer: enough for percentiles and SLOs, few enough per entity and action.
            Map.entry("management.metrics.distribution.slo.plinth.api.requests", "10ms,50ms,100ms,250ms,500ms,1s,5s"),
            // Nothing listens to Spring's per-request ServletRequestHandledEvent; publishing it costs every request.
            Map.entry("spring.mvc.publish-request-handled-events", "false"),
            Map.entry("server.shutdown", "graceful"),
            Map.entry("spring.lifecycle.timeout-per-shutdown-phase", SHUTDOWN_PHASE_TIMEOUT));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        quietJooq();
        environment.getPropertySources().addLast(new MapPropertySource("plinthDefaults", DEFAULTS));
        Binder settings = Binder.get(environment);
        boolean databaseHere = DatabaseSettings.onThisMachine(settings.bind(DB_URL, String.class).orElse(null));
        environment.getPropertySources().addLast(new MapPropertySource("plinthWorkerThreads",
                workerThreads(settings.bind(POOL_SIZE, Integer.class).orElse(DatabaseSettings.DEFAULT_POOL_SIZE),
                        databaseHere ? Runtime.getRuntime().availableProcessors() : 0)));
        String format = environment.getProperty(LOG_FORMAT);
        if (format != null && !format.isBlank()) {
            environment.getPropertySources().addLast(new MapPropertySource("plinthLogFormat",
                    logFormat(LogFormat.of(format))));
        }
    }

    /**
     * As many web server threads as pooled connections, since nearly every request needs one; but when PostgreSQL
     * runs on this machine ({@code sharedProcessors} above 0), no more than twice its processors. When more requests
     * come at once than there are threads, they wait their turn in the order they came, and a thread that finishes one
     * finds the next already waiting and serves it at once, instead of many threads each being put to sleep and woken
     * again for every request. Measured with {@code bench/} (wrk, 32 connections, two cores): 16 threads against
     * Spring Boot's default 200 served up to 39% more requests a second, with p99 latencies up to half as long. With
     * PostgreSQL on the same two cores, a request waiting on it waits for those cores, not for the network, and 4
     * threads served up to a third more than 16 (fewer PostgreSQL backends counting and sorting at once), with p99
     * latencies up to 40% shorter; 2 or 3 threads left the cores idle between statements. With PostgreSQL elsewhere a
     * thread mostly waits on the network while the processors serve the others, so the pool's size stays the bound.
     *
     * @param sharedProcessors the processors PostgreSQL shares with Plinth, or 0 when it runs on another machine
     */
    static Map<String, Object> workerThreads(int poolSize, int sharedProcessors) {
        int threads = sharedProcessors > 0 ? Math.min(poolSize, 2 * sharedProcessors) : poolSize;
        return Map.of("server.tomcat.threads.max", threads,
                "server.tomcat.threads.min-spare", Math.min(threads, TOMCAT_MIN_SPARE_THREADS));
    }

    /** Spring Boot's settings for a log format: structured JSON lines on the console, and no banner among them. */
    static Map<String, Object> logFormat(LogFormat format) {
        return format.structuredFormat() == null ? Map.of()
                : Map.of("logging.structured.format.console", format.structuredFormat(),
                        "spring.main.banner-mode", "off");
    }

    /** jOOQ prints a logo and tips on first use unless told not to. */
    static void quietJooq() {
        System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
        System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
    }
}
