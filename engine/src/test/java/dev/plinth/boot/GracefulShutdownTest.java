package dev.plinth.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plinth.testing.ModelFiles;
import dev.plinth.testing.PlinthProcess;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plinth in a process of its own, on its embedded PostgreSQL, stopped with SIGTERM as a container runtime stops it:
 * the request in flight completes, new connections are refused at once, the embedded database stops only after the
 * web server has drained, and the process exits by itself.
 */
class GracefulShutdownTest {

    private static final String EMAIL = "ops@example.com";
    private static final String PASSWORD = "ops-admin-password";
    /** A JVM, an embedded PostgreSQL's first start and Plinth's, on a loaded machine. */
    private static final Duration STARTED_WITHIN = Duration.ofSeconds(120);
    /** The exit code of a JVM that ended on SIGTERM after running its shutdown hooks. */
    private static final int TERMINATED = 143;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void onSigtermTheRequestInFlightCompletesNewOnesAreRefusedAndTheProcessExits() throws Exception {
        Path data = temp.resolve("data");
        int port = freePort();
        String base = "http://localhost:" + port;
        PlinthProcess plinth = PlinthProcess.start(temp.resolve("plinth.log"),
                Map.of("PLINTH_ADMIN_EMAIL", EMAIL, "PLINTH_ADMIN_PASSWORD", PASSWORD),
                "serve", ModelFiles.blog(temp.resolve("model")).toString(), "--data-dir=" + data,
                "--server.port=" + port);
        try {
            await().atMost(STARTED_WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> {
                assertThat(plinth.isAlive()).as("Plinth stopped while starting:\n%s", plinth.log()).isTrue();
                return status(base + "/actuator/health/readiness") == 200;
            });
            String token = signIn(base);
            try (Connection locker = DriverManager.getConnection(embeddedDatabaseUrl(data));
                 Statement statement = locker.createStatement()) {
                locker.setAutoCommit(false);
                statement.execute("lock table post in access exclusive mode");
                CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(HttpRequest.newBuilder(
                        URI.create(base + "/api/post")).header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.ofString());
                await().atMost(Duration.ofSeconds(10)).until(() -> waitingOnALock(statement));

                plinth.terminate();

                await("new connections refused").atMost(Duration.ofSeconds(10)).until(() -> refused(base));
                assertThat(inFlight).as("the request in flight is still being served").isNotDone();
                locker.rollback();
                HttpResponse<String> answered = inFlight.get(15, TimeUnit.SECONDS);
                assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
            }
            assertThat(plinth.exitCode(Duration.ofSeconds(30))).isEqualTo(TERMINATED);
            assertThat(plinth.log()).contains("Graceful shutdown complete");
            assertThat(data.resolve("postmaster.pid")).as("the embedded PostgreSQL stopped").doesNotExist();
        } finally {
            plinth.kill();
        }
    }

    private String signIn(String base) throws Exception {
        HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(URI.create(base + "/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"" + EMAIL + "\", \"password\": \"" + PASSWORD
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return JSON.readTree(tokens.body()).path("accessToken").asText();
    }

    /** The status of a GET, or 0 when nothing answers. */
    private int status(String url) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Whether a new connection is refused (or, should one still be accepted, answered 503). */
    private static boolean refused(String base) throws InterruptedException {
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            return fresh.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/liveness")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 503;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean waitingOnALock(Statement statement) throws Exception {
        try (ResultSet waiting = statement.executeQuery("select count(*) from pg_stat_activity"
                + " where wait_event_type = 'Lock'")) {
            waiting.next();
            return waiting.getInt(1) == 1;
        }
    }

    /** The embedded PostgreSQL's port is the fourth line of {@code postmaster.pid} in its data directory. */
    private static String embeddedDatabaseUrl(Path data) throws IOException {
        String port = Files.readAllLines(data.resolve("postmaster.pid")).get(3).trim();
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
