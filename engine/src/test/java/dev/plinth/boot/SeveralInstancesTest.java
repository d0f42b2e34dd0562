package dev.plinth.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.plinth.model.Model;
import dev.plinth.schema.ApplyResult;
import dev.plinth.schema.SchemaEngine;
import dev.plinth.testing.ModelFiles;
import dev.plinth.testing.PlinthInstance;
import dev.plinth.testing.TestDatabase;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three instances on one PostgreSQL, holding nothing of their own: {@code a} serves the model folder and applies
 * changes; {@code b} hears of them only through LISTEN/NOTIFY (its periodic check is an hour apart); {@code c} does
 * not listen and hears of them only through the periodic check. A field applied on {@code a} is writable on both
 * others within 2 seconds, and a request in flight on {@code b} meanwhile completes normally. Two instances applying
 * one model at the same moment apply it once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesTest {

    private static final Duration SERVED_WITHIN = Duration.ofSeconds(2);

    @TempDir
    static Path model;
    private TestDatabase database;
    private DSLContext sql;
    private PlinthInstance a;
    private PlinthInstance b;
    private PlinthInstance c;
    private String token;

    @BeforeAll
    void start() {
        ModelFiles.blog(model);
        database = TestDatabase.create();
        sql = database.dsl();
        a = PlinthInstance.start(database.url(), "--plinth.model=" + model);
        b = PlinthInstance.start(database.url(), "--plinth.model-check-interval=1h");
        c = PlinthInstance.start(database.url(), "--plinth.db.listen=false");
        token = a.adminToken();
    }

    @AfterAll
    void stop() {
        for (PlinthInstance instance : new PlinthInstance[] {a, b, c}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    void aUserDisabledOnOneInstanceIsRefusedByTheOthersWithinTwoSeconds() {
        HttpResponse<String> created = a.post("/admin/api/users", "{\"email\": \"lee@example.com\", \"password\":"
                + " \"a-fine-password\", \"roles\": [\"editor\"]}", "Authorization", "Bearer " + token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> login = b.post("/auth/login", "{\"email\": \"lee@example.com\", \"password\":"
                + " \"a-fine-password\"}");
        String lee = "Bearer " + PlinthInstance.json(login).path("accessToken").asText();
        for (PlinthInstance instance : List.of(a, b, c)) {
            assertThat(instance.get("/auth/me", "Authorization", lee).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> disabled = a.send(a.request("/admin/api/users/"
                        + PlinthInstance.json(created).path("id").asText(), "Authorization", "Bearer " + token,
                "Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(
                "{\"enabled\": false}")).build());
        long disabledAt = System.nanoTime();

        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(a.get("/auth/me", "Authorization", lee).statusCode()).as("at once where it was done").isEqualTo(401);
        for (PlinthInstance other : List.of(b, c)) {
            await().atMost(SERVED_WITHIN).pollInterval(Duration.ofMillis(50))
                    .until(() -> other.get("/auth/me", "Authorization", lee).statusCode() == 401);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - disabledAt)).isLessThan(SERVED_WITHIN);
    }

    @Test
    void aFieldAppliedOnOneInstanceIsWritableOnTheOthersWithinTwoSeconds() throws Exception {
        Model withNickname = ModelFiles.withStringField(model, "author", "nickname");
        try (Connection locker = DriverManager.getConnection(database.url()); Statement statement = locker.createStatement()) {
            locker.setAutoCommit(false);
            statement.execute("lock table post in access exclusive mode");
            CompletableFuture<HttpResponse<String>> inFlight = b.sendAsync(b.request("/api/post",
                    "Authorization", "Bearer " + token).GET().build());
            await().atMost(Duration.ofSeconds(10)).until(() -> waitingOnALock() == 1);
            assertThat(writeNickname(b).statusCode()).as("not a field before the change").isEqualTo(422);

            ApplyResult applied = a.bean(SchemaEngine.class).apply(withNickname, false, "test");
            long appliedAt = System.nanoTime();

            assertThat(applied.applied()).isTrue();
            for (PlinthInstance other : List.of(b, c)) {
                await().atMost(SERVED_WITHIN).pollInterval(Duration.ofMillis(20))
                        .until(() -> writeNickname(other).statusCode() == 201);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - appliedAt)).isLessThan(SERVED_WITHIN);
            assertThat(inFlight).as("the request that started before the change is still waiting").isNotDone();
            locker.rollback();
            HttpResponse<String> answered = inFlight.get(10, TimeUnit.SECONDS);
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
            assertThat(PlinthInstance.json(answered).path("data").isArray()).isTrue();
        }
    }

    @Test
    void twoInstancesApplyingOneModelAtTheSameMomentApplyItOnce() throws Exception {
        Model withTeaser = ModelFiles.withStringField(model, "post", "teaser");
        long changeSets = modelChangeSets();
        int version = (int) count("select max(version) from plinth_model_version");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService appliers = Executors.newFixedThreadPool(2);
        try {
            Future<ApplyResult> onA = appliers.submit(() -> {
                together.await();
                return a.bean(SchemaEngine.class).apply(withTeaser, false, "a");
            });
            Future<ApplyResult> onB = appliers.submit(() -> {
                together.await();
                return b.bean(SchemaEngine.class).apply(withTeaser, false, "b");
            });
            List<ApplyResult> results = List.of(onA.get(30, TimeUnit.SECONDS), onB.get(30, TimeUnit.SECONDS));

            assertThat(results).extracting(ApplyResult::applied).containsExactlyInAnyOrder(true, false);
            assertThat(results).extracting(ApplyResult::version).containsOnly(version + 1);
        } finally {
            appliers.shutdownNow();
        }
        assertThat(modelChangeSets()).isEqualTo(changeSets + 1);
        assertThat(count("select count(*) from plinth_model_version where version > ?", version)).isEqualTo(1);
        assertThat(count("select count(*) from information_schema.columns where table_name = 'post'"
                + " and column_name = 'teaser'")).isEqualTo(1);
    }

    private long modelChangeSets() {
        return count("select count(*) from plinth_changelog where filename = 'plinth/model'");
    }

    private long count(String query, Object... values) {
        return ((Number) sql.fetchValue(query, values)).longValue();
    }

    /** Sessions of this test's database waiting for a lock, such as a request behind the test's own lock. */
    private long waitingOnALock() {
        return count("select count(*) from pg_stat_activity where datname = current_database()"
                + " and wait_event_type = 'Lock'");
    }

    /** Creates an author with a nickname, as the first admin. */
    private HttpResponse<String> writeNickname(PlinthInstance instance) {
        return instance.post("/api/author", "{\"name\": \"Ann\", \"nickname\": \"Annie\"}",
                "Authorization", "Bearer " + token);
    }
}
