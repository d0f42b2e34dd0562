package dev.plinth.observe;

import dev.plinth.schema.ActiveModel;
import dev.plinth.schema.MigrationHistory;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two gauges for following applies: {@value #MODEL_VERSION}, the applied model version this instance serves, and
 * {@value #MIGRATIONS}, the migrations the database has run (Plinth's system tables and one for each model version).
 * The second is counted when this instance starts serving a new version, never while metrics are scraped, so a
 * scrape stays quick while the database is slow or away.
 */
final class ModelMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(ModelMetrics.class);

    static final String MODEL_VERSION = "plinth.model.version";
    static final String MIGRATIONS = "plinth.schema.migrations";

    private final ActiveModel active;
    private final MigrationHistory history;
    private final AtomicInteger migrations = new AtomicInteger();

    ModelMetrics(ActiveModel active, MigrationHistory history) {
        this.active = active;
        this.history = history;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        recount();
        active.onChange(model -> recount());
        Gauge.builder(MODEL_VERSION, active, model -> model.current().version())
                .description("The applied model version this instance serves")
                .register(registry);
        Gauge.builder(MIGRATIONS, migrations, AtomicInteger::get)
                .description("Migrations the database has run: Plinth's system tables and one for each model version")
                .register(registry);
    }

    /** Counts the migrations again; keeps the last count when the database cannot say. */
    private void recount() {
        try {
            migrations.set(history.count());
        } catch (RuntimeException e) {
            log.warn("Could not count the database's migrations for the metrics: {}", e.getMessage());
        }
    }
}
