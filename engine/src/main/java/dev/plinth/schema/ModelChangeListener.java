package dev.plinth.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears of models applied by other instances through PostgreSQL itself: every apply notifies the channel
 * {@value #CHANNEL} when it commits, and this listener refreshes the {@link ActiveModel}. It reconnects when its
 * connection drops, refreshing once in case it missed a notification meanwhile.
 */
public final class ModelChangeListener implements AutoCloseable {

    /** The notification channel of applied model versions. */
    public static final String CHANNEL = "plinth_model";
    private static final Logger log = LoggerFactory.getLogger(ModelChangeListener.class);
    private static final int POLL_MILLIS = 1000;
    private static final long RECONNECT_MILLIS = 2000;

    private final ConnectionSource connections;
    private final ActiveModel model;
    private final Thread thread;
    private volatile boolean running = true;

    public ModelChangeListener(ConnectionSource connections, ActiveModel model) {
        this.connections = connections;
        this.model = model;
        this.thread = new Thread(this::listen, "plinth-model-listener");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void listen() {
        while (running) {
            try (Connection connection = connections.open(); Statement statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
                model.refresh();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
                    if (received != null && received.length > 0) {
                        model.refresh();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Lost the model change notifications ({}); reconnecting", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
