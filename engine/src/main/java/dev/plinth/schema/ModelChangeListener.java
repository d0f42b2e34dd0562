package dev.plinth.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link ActiveModel} in step with models applied by other instances, learning of them from PostgreSQL
 * itself on one dedicated connection. Every apply notifies the channel {@value #CHANNEL} once it is recorded, and this
 * listens to it; every {@code checkInterval} it also compares the newest stored version with the served one, in case
 * a notification was lost or listening is off (a pooler in transaction mode keeps no session to listen on). The
 * check is one indexed {@code max()} and doubles as proof that the connection is alive: when anything fails the
 * listener reconnects, and refreshes once in case it missed a change meanwhile.
 */
public final class ModelChangeListener implements AutoCloseable {

    /** The notification channel of applied model versions. */
    public static final String CHANNEL = "plinth_model";
    private static final Logger log = LoggerFactory.getLogger(ModelChangeListener.class);
    /** The longest one wait for notifications or for the next check. */
    private static final long POLL_MILLIS = 500;
    private static final long RECONNECT_MILLIS = 2000;
    /** A statement on the dedicated connection that gets no answer within this finds the connection dead. */
    private static final int NETWORK_TIMEOUT_MILLIS = 10_000;
    /** {@link #close()} waits this long at most for the thread to finish what it is doing. */
    private static final long STOP_MILLIS = 5000;
    private static final String NEWEST_VERSION = "select coalesce(max(version), 0) from plinth_model_version";

    private final ConnectionSource connections;
    private final ActiveModel model;
    private final boolean listen;
    private final long checkNanos;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param listen        whether to LISTEN for notifications; without, only the periodic check brings news
     * @param checkInterval how often to compare the stored version with the served one
     */
    public ModelChangeListener(ConnectionSource connections, ActiveModel model, boolean listen, Duration checkInterval) {
        this.connections = connections;
        this.model = model;
        this.listen = listen;
        this.checkNanos = checkInterval.toNanos();
        this.thread = new Thread(this::run, "plinth-model-listener");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void run() {
        boolean connected = true;
        while (running) {
            try (Connection connection = connections.open()) {
                connection.setNetworkTimeout(Runnable::run, NETWORK_TIMEOUT_MILLIS);
                if (listen) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("listen " + CHANNEL);
                    }
                }
                model.refresh();
                if (!connected) {
                    log.info("Following model changes again; serving model version {}", servedVersion());
                    connected = true;
                }
                follow(connection);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    if (connected) {
                        log.warn("Lost touch with the database ({}); still serving model version {}, reconnecting",
                                e.getMessage(), servedVersion());
                        connected = false;
                    }
                    pause(RECONNECT_MILLIS);
                }
            }
        }
    }

    /** Hears notifications and checks the stored version on schedule, until closed or the connection fails. */
    private void follow(Connection connection) throws SQLException {
        PGConnection notifications = connection.unwrap(PGConnection.class);
        long nextCheck = System.nanoTime() + checkNanos;
        while (running) {
            // pgjdbc waits for ever on 0, so never ask it for less than a millisecond
            long wait = Math.max(1, Math.min(POLL_MILLIS, (nextCheck - System.nanoTime()) / 1_000_000));
            if (listen) {
                PGNotification[] received = notifications.getNotifications((int) wait);
                if (received != null && received.length > 0) {
                    model.refresh();
                }
            } else {
                pause(wait);
            }
            if (running && System.nanoTime() - nextCheck >= 0) {
                if (newestVersion(connection) != servedVersion()) {
                    model.refresh();
                }
                nextCheck = System.nanoTime() + checkNanos;
            }
        }
    }

    private static int newestVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(NEWEST_VERSION)) {
            result.next();
            return result.getInt(1);
        }
    }

    private int servedVersion() {
        return model.loaded().map(AppliedModel::version).orElse(-1);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops following, and waits briefly for the thread to end so nothing touches the database after it closes. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(STOP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
