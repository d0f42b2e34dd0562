package dev.plinth.query;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * A failure no request caused and a retry may cure: the database is down, restarting or out of reach, or every
 * pooled connection stayed busy past the wait ({@link #UNAVAILABLE}); or a statement ran past the statement timeout
 * ({@link #TIMEOUT}). Every face of Plinth answers either alike: 503 with the outage's code and {@code Retry-After},
 * never a 500 and never a hang.
 */
public enum DatabaseOutage {

    UNAVAILABLE("database.unavailable", "the database cannot be reached right now; try again shortly"),
    TIMEOUT("database.timeout", "the database did not answer in time; try again shortly");

    /** What {@code Retry-After} advises: about how long a restarting PostgreSQL or a busy pool takes to recover. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** SQLSTATE class 08: connection exceptions (refused, broken, lost mid-statement). */
    private static final String CONNECTION_CLASS = "08";
    /** The server shuts down, crashed, is still starting, or takes no more connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    /** Cancelled, here by {@code statement_timeout}. */
    private static final String QUERY_CANCELED = "57014";
    /** Causes are walked this deep at most, so a cycle cannot loop. */
    private static final int MAX_DEPTH = 32;

    private final String code;
    private final String detail;

    DatabaseOutage(String code, String detail) {
        this.code = code;
        this.detail = detail;
    }

    /** The stable code of the problem it is answered with. */
    public String code() {
        return code;
    }

    /** What the caller is told. */
    public String detail() {
        return detail;
    }

    /** The outage behind {@code failure} or any of its causes, if that is what it is. */
    public static Optional<DatabaseOutage> of(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return Optional.of(UNAVAILABLE);
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith(CONNECTION_CLASS) || UNAVAILABLE_STATES.contains(state)) {
                    return Optional.of(UNAVAILABLE);
                }
                if (state.equals(QUERY_CANCELED)) {
                    return Optional.of(TIMEOUT);
                }
            }
        }
        return Optional.empty();
    }
}
