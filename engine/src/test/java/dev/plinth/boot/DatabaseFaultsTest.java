package dev.plinth.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.plinth.schema.ActiveModel;
import dev.plinth.schema.AppliedModel;
import dev.plinth.schema.ApplyResult;
import dev.plinth.schema.SchemaEngine;
import dev.plinth.testing.ModelFiles;
import dev.plinth.testing.PlinthInstance;
import dev.plinth.testing.RestartableDatabase;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Plinth over a PostgreSQL that fails under it: stopped and started again, every pooled connection taken, a statement
 * running too long. Requests are answered 503 problem+json with {@code Retry-After} within a bound, by the API, the
 * credential filter and the auth and admin endpoints alike; readiness turns down while liveness stays up; and once
 * the database is back Plinth serves again by itself, its model listener included. While it is down, one request at
 * a time waits to find out whether it is back and the others are answered at once. A pool of two connections (and
 * so two web server threads), a 1 s wait for one, a 2 s statement timeout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseFaultsTest {

    /** Every answer during a fault comes within this: the pool's 1 s wait, with room for a loaded machine. */
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(5);
    private static final Duration RECOVERED_WITHIN = Duration.ofSeconds(20);
    /** Well under the pool's 1 s wait: answered without waiting for a connection. */
    private static final Duration AT_ONCE = Duration.ofMillis(500);

    @TempDir
    static Path temp;
    private RestartableDatabase postgres;
    private PlinthInstance plinth;
    private Path model;
    private String token;
    private String apiKey;

    @BeforeAll
    void start() throws IOException {
        postgres = RestartableDatabase.start(temp.resolve("data"));
        model = ModelFiles.blog(temp.resolve("model"));
        plinth = PlinthInstance.start(postgres.url(), "--plinth.model=" + model, "--plinth.db.pool-size=2",
                "--plinth.db.connection-timeout=1s", "--plinth.db.statement-timeout=2s",
                "--plinth.model-check-interval=1h", "--plinth.cors.allowed-origins=https://app.example.com");
        token = plinth.adminToken();
        HttpResponse<String> key = plinth.post("/admin/api/keys", "{\"name\": \"ops\", \"roles\": [\"admin\"]}",
                "Authorization", "Bearer " + token);
        assertThat(key.statusCode()).as(key.body()).isEqualTo(201);
        apiKey = PlinthInstance.json(key).path("key").asText();
    }

    @AfterAll
    void stop() throws IOException {
        if (plinth != null) {
            plinth.close();
        }
        postgres.close();
    }

    @Test
    void whileTheDatabaseIsDownRequestsAre503AndReadinessIsDownThenPlinthRecoversByItself() throws Exception {
        assertThat(get("/api/post").statusCode()).isEqualTo(200);
        assertThat(plinth.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        postgres.stop();
        try {
            assertAnswered503(() -> get("/api/post"), "database.unavailable");
            assertAnswered503(() -> plinth.get("/api/post", "X-Api-Key", apiKey), "database.unavailable");
            HttpResponse<String> fromAnApp = plinth.get("/api/post", "X-Api-Key", apiKey,
                    "Origin", "https://app.example.com");
            assertThat(fromAnApp.statusCode()).isEqualTo(503);
            assertThat(fromAnApp.headers().firstValue("Access-Control-Allow-Origin"))
                    .as("a page on a listed origin reads the outage too").hasValue("https://app.example.com");
            assertAnswered503(() -> plinth.post("/auth/login", "{\"email\": \"" + PlinthInstance.ADMIN_EMAIL
                    + "\", \"password\": \"" + PlinthInstance.ADMIN_PASSWORD + "\"}"), "database.unavailable");
            assertAnswered503(() -> get("/admin/api/users"), "database.unavailable");
            long asked = System.nanoTime();
            HttpResponse<String> readiness = plinth.get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(ANSWERED_WITHIN);
            assertThat(plinth.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        } finally {
            postgres.restart();
        }

        await().atMost(RECOVERED_WITHIN).until(() -> get("/api/post").statusCode() == 200);
        await().atMost(RECOVERED_WITHIN).until(() -> plinth.get("/actuator/health/readiness").statusCode() == 200);
        assertThat(plinth.post("/auth/login", "{\"email\": \"" + PlinthInstance.ADMIN_EMAIL + "\", \"password\": \""
                + PlinthInstance.ADMIN_PASSWORD + "\"}").statusCode()).isEqualTo(200);

        ApplyResult elsewhere = otherInstance().apply(ModelFiles.withStringField(model, "post", "subtitle"), false,
                "elsewhere");
        assertThat(elsewhere.applied()).isTrue();
        await("the listener is back: its periodic check is an hour apart, so only a notification can tell it")
                .atMost(RECOVERED_WITHIN)
                .until(() -> plinth.bean(ActiveModel.class).loaded().map(AppliedModel::version).orElse(0)
                        == elsewhere.version());
    }

    @Test
    void whileTheDatabaseIsDownOneRequestAtATimeWaitsForItAndTheOthersAreAnsweredAtOnce() throws Exception {
        postgres.stop();
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            // The first may fail on a pooled connection the server closed; the second waits for a new one, in vain.
            assertAnswered503(() -> get("/api/post"), "database.unavailable");
            assertAnswered503(() -> get("/api/post"), "database.unavailable");
            List<Future<Duration>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(callers.submit(() -> {
                    long sent = System.nanoTime();
                    assertAnswered503(() -> get("/api/post"), "database.unavailable");
                    return Duration.ofNanos(System.nanoTime() - sent);
                }));
            }
            List<Duration> took = new ArrayList<>();
            for (Future<Duration> answer : answers) {
                took.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(took).as("all but the one finding out whether PostgreSQL is back, on two web server threads")
                    .filteredOn(duration -> duration.compareTo(AT_ONCE) < 0).hasSizeGreaterThanOrEqualTo(5);
            long asked = System.nanoTime();
            assertThat(plinth.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(AT_ONCE);
        } finally {
            callers.shutdownNow();
            postgres.restart();
        }
        await().atMost(RECOVERED_WITHIN).until(() -> get("/api/post").statusCode() == 200);
    }

    @Test
    void whenEveryPooledConnectionIsTakenRequestsWaitABoundedTimeThenAre503AndNothingDeadlocks() throws Exception {
        DataSource pool = plinth.bean(DataSource.class);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try (Connection first = pool.getConnection(); Connection second = pool.getConnection()) {
            List<Future<?>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(callers.submit(() -> assertAnswered503(() -> get("/api/post"), "database.unavailable")));
            }
            for (Future<?> answer : answers) {
                answer.get(30, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(get("/api/post").statusCode()).as("served again once the connections are back").isEqualTo(200);
    }

    @Test
    void aStatementRunningPastTheStatementTimeoutIs503() throws Exception {
        try (Connection locker = DriverManager.getConnection(postgres.url()); Statement statement = locker.createStatement()) {
            locker.setAutoCommit(false);
            statement.execute("lock table post in access exclusive mode");

            assertAnswered503(() -> get("/api/post"), "database.timeout");

            locker.rollback();
        }
        assertThat(get("/api/post").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) {
        return plinth.get(path, "Authorization", "Bearer " + token);
    }

    /** Sends the request and expects a 503 problem with {@code code} and {@code Retry-After}, within the bound. */
    private static void assertAnswered503(Supplier<HttpResponse<String>> request, String code) {
        long sent = System.nanoTime();
        HttpResponse<String> response = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - sent);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(PlinthInstance.json(response).path("code").asText()).isEqualTo(code);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(took).isLessThan(ANSWERED_WITHIN);
    }

    /** Another Plinth on the same database, as the command line would open it. */
    private SchemaEngine otherInstance() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(postgres.url());
        return new SchemaEngine(dataSource, () -> DriverManager.getConnection(postgres.url()));
    }
}
