package dev.plinth.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Which failures are the database's outage (answered 503) and which are not, however deeply they are wrapped. */
class DatabaseOutageTest {

    static Stream<Arguments> failures() {
        SQLException refused = new PSQLException("Connection to localhost:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        return Stream.of(
                Arguments.of("the pool waited in vain (Hikari)", new DataAccessException("Error getting connection",
                        new SQLTransientConnectionException("plinth - Connection is not available, request timed out"
                                + " after 3000ms.", null, refused)), Optional.of(DatabaseOutage.UNAVAILABLE)),
                Arguments.of("connection refused", refused, Optional.of(DatabaseOutage.UNAVAILABLE)),
                Arguments.of("the connection broke mid-statement", new DataAccessException("SQL [select 1]",
                        new PSQLException("An I/O error occurred while sending to the backend.",
                                PSQLState.CONNECTION_FAILURE, new SocketTimeoutException("Read timed out"))),
                        Optional.of(DatabaseOutage.UNAVAILABLE)),
                Arguments.of("the server shuts down", new RuntimeException(new SQLException(
                        "terminating connection due to administrator command", "57P01")), Optional.of(DatabaseOutage.UNAVAILABLE)),
                Arguments.of("the server is starting", new SQLException("the database system is starting up", "57P03"),
                        Optional.of(DatabaseOutage.UNAVAILABLE)),
                Arguments.of("no connection slots left", new SQLException("too many clients already", "53300"),
                        Optional.of(DatabaseOutage.UNAVAILABLE)),
                Arguments.of("the statement timeout", new DataAccessException("SQL [select ...]", new SQLException(
                        "canceling statement due to statement timeout", "57014")), Optional.of(DatabaseOutage.TIMEOUT)),
                Arguments.of("a unique value taken", new DataAccessException("SQL [insert ...]", new SQLException(
                        "duplicate key value violates unique constraint", "23505")), Optional.empty()),
                Arguments.of("a statement PostgreSQL cannot parse", new SQLException("syntax error", "42601"), Optional.empty()),
                Arguments.of("an SQL failure without a state", new SQLException("no state"), Optional.empty()),
                Arguments.of("no database at all", new IllegalStateException(new IOException("disk full")), Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void tellsAnOutageFromEveryOtherFailure(String what, Throwable failure, Optional<DatabaseOutage> expected) {
        assertThat(DatabaseOutage.of(failure)).isEqualTo(expected);
    }
}
