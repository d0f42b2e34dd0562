package dev.plinth.schema;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model this instance serves: the newest applied version. Refreshed after every apply here, and when another
 * instance applies (see {@link ModelChangeListener}); whoever serves the model reads {@link #current()} on every
 * request, so a change is served at once, without a restart.
 */
public final class ActiveModel {

    private static final Logger log = LoggerFactory.getLogger(ActiveModel.class);

    private final SchemaEngine engine;
    private final List<Consumer<AppliedModel>> listeners = new CopyOnWriteArrayList<>();
    private volatile AppliedModel current;

    public ActiveModel(SchemaEngine engine) {
        this.engine = engine;
    }

    public AppliedModel current() {
        AppliedModel model = current;
        if (model == null) {
            refresh();
            model = current;
        }
        return model;
    }

    /** The served model as it is, without reading the database: empty until it is first read. */
    public Optional<AppliedModel> loaded() {
        return Optional.ofNullable(current);
    }

    /** Reads the newest applied version when it differs from the one served; tells the listeners. */
    public synchronized void refresh() {
        AppliedModel previous = current;
        if (previous != null && previous.version() == engine.store().currentVersion()) {
            return;
        }
        AppliedModel latest = engine.current();
        current = latest;
        if (previous != null) {
            log.info("Now serving model version {}", latest.version());
        }
        listeners.forEach(listener -> listener.accept(latest));
    }

    /** Calls {@code listener} with each newly served version. */
    public void onChange(Consumer<AppliedModel> listener) {
        listeners.add(listener);
    }
}
