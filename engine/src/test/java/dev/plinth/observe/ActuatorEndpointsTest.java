package dev.plinth.observe;

import static dev.plinth.security.web.PlinthServer.bearer;
import static dev.plinth.security.web.PlinthServer.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.model.ModelFolder;
import dev.plinth.security.web.PlinthServer;
import dev.plinth.testing.ModelFiles;
import java.net.http.HttpResponse;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What an operator reads from a running Plinth over HTTP: {@code /actuator/prometheus}, open to scrapers, with the
 * API's requests by entity, action and status, the connection pool and the applies; and {@code /actuator/info}
 * with the applied model version the database holds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActuatorEndpointsTest {

    private static final String API = "plinth_api_requests_seconds_count";
    /** The entity tag of a path naming no entity of the model. */
    private static final String UNKNOWN = "_unknown";
    /** How long another instance's apply may take to reach this one; it normally takes well under a second. */
    private static final long PATIENCE_MILLIS = 10_000;

    private PlinthServer server;
    private DSLContext sql;
    private String admin;

    @BeforeAll
    void start() {
        server = PlinthServer.start(List.of());
        sql = server.database().dsl();
        admin = bearer(server.adminToken());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private Scrape scrape() {
        HttpResponse<String> response = server.get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return Scrape.of(response.body());
    }

    @Test
    void scrapersNeedNoCredentialButBrowsingMetricsNeedsTheAdmin() {
        HttpResponse<String> scrape = server.get("/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/plain"));
        assertThat(server.get("/actuator/metrics").statusCode()).isEqualTo(401);
        assertThat(server.get("/actuator/metrics", "Authorization", admin).statusCode()).isEqualTo(200);
    }

    @Test
    void theApiIsTimedOnceAndEveryOtherPathBySpringBoot() {
        server.get("/api/author", "Authorization", admin);
        server.get("/api/openapi.json", "Authorization", admin);
        server.get("/actuator/health");

        String body = server.get("/actuator/prometheus").body();

        assertThat(body).contains("http_server_requests_seconds_count{").contains("uri=\"/actuator/health\"")
                .contains("uri=\"/api/openapi.json\"");
        assertThat(body.lines().filter(line -> line.startsWith("http_server_requests_seconds_count{")))
                .as("the entity paths are plinth_api_requests only")
                .noneMatch(line -> line.contains("uri=\"/api/{entity}"));
    }

    @Test
    void countsEachRequestByEntityActionAndStatus() {
        Scrape before = scrape();

        HttpResponse<String> created = server.post("/api/author", "{\"name\":\"Ann\"}", "Authorization", admin);
        String id = read(created).path("data").path("id").asText();
        server.get("/api/author/" + id, "Authorization", admin);
        server.get("/api/author?filter=name%20%3D%20'Ann'", "Authorization", admin);
        server.patch("/api/author/" + id, "{\"rating\":4.5}", "Authorization", admin);
        server.patch("/api/author/" + id, "{\"rating\":9}", "Authorization", admin);
        server.delete("/api/author/" + id, "Authorization", admin);
        server.get("/api/author/" + id, "Authorization", admin);
        server.get("/api/post", "Authorization", "Bearer not-a-token");
        Scrape after = scrape();

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(delta(before, after, "author", "create", "201")).isEqualTo(1);
        assertThat(delta(before, after, "author", "get", "200")).isEqualTo(1);
        assertThat(delta(before, after, "author", "list", "200")).isEqualTo(1);
        assertThat(delta(before, after, "author", "update", "200")).isEqualTo(1);
        assertThat(delta(before, after, "author", "update", "422")).isEqualTo(1);
        assertThat(delta(before, after, "author", "delete", "204")).isEqualTo(1);
        assertThat(delta(before, after, "author", "get", "404")).isEqualTo(1);
        assertThat(delta(before, after, "post", "list", "401")).as("refused by the security filters").isEqualTo(1);
        assertThat(after.value(API, "entity", "author", "outcome", "CLIENT_ERROR")
                - before.value(API, "entity", "author", "outcome", "CLIENT_ERROR")).isEqualTo(2);
        assertThat(after.value("plinth_api_requests_seconds_sum", "entity", "author", "action", "create"))
                .isPositive();
        assertThat(after.value("plinth_api_requests_seconds_bucket", "entity", "author", "action", "create",
                "le", "+Inf")).isEqualTo(after.value(API, "entity", "author", "action", "create"));
    }

    @Test
    void namesNoEntityTheModelDoesNotHave() {
        Scrape before = scrape();

        server.get("/api/ghost", "Authorization", admin);
        server.get("/api/phantom/123", "Authorization", admin);
        server.get("/api/openapi.json");
        Scrape after = scrape();

        assertThat(after.named(API)).extracting(sample -> sample.labels().get("entity"))
                .doesNotContain("ghost", "phantom", "openapi.json");
        assertThat(delta(before, after, UNKNOWN, "list", "404")).isEqualTo(1);
        assertThat(delta(before, after, UNKNOWN, "get", "404")).isEqualTo(1);
    }

    @Test
    void countsFailuresAsServerErrors() {
        Scrape before = scrape();
        sql.execute("alter table post rename to post_away");
        HttpResponse<String> failed;
        try {
            failed = server.get("/api/post", "Authorization", admin);
        } finally {
            sql.execute("alter table post_away rename to post");
        }
        Scrape after = scrape();

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(after.value(API, "entity", "post", "action", "list", "status", "500", "outcome", "SERVER_ERROR")
                - before.value(API, "entity", "post", "action", "list", "status", "500", "outcome", "SERVER_ERROR"))
                .isEqualTo(1);
    }

    @Test
    void measuresTheConnectionPool() {
        Scrape before = scrape();
        server.get("/api/author", "Authorization", admin);
        Scrape after = scrape();

        assertThat(after.value("hikaricp_connections_max", "pool", "plinth")).isEqualTo(16);
        assertThat(after.named("hikaricp_connections_active")).isNotEmpty();
        assertThat(after.named("hikaricp_connections_idle")).isNotEmpty();
        assertThat(after.named("hikaricp_connections_pending")).isNotEmpty();
        assertThat(after.value("hikaricp_connections_acquire_seconds_count", "pool", "plinth"))
                .isGreaterThan(before.value("hikaricp_connections_acquire_seconds_count", "pool", "plinth"));
    }

    /**
     * Another process applies a new version (as {@code apply} in CI does): this instance learns of it, and its
     * gauges and info follow the database.
     */
    @Test
    void theModelVersionAndMigrationsFollowTheDatabase() throws InterruptedException {
        assertModelGaugesAndInfoMatchTheDatabase();
        int version = storedVersion();

        ModelFiles.write(server.model(), "entities/note.json", """
                {
                  "name": "note",
                  "fields": [ { "name": "text", "type": "text" } ]
                }
                """);
        server.database().schemaEngine().apply(ModelFolder.load(server.model()).model(), false, "ci");
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        // the version is served first, then the migrations are counted again for it
        int migrations = sql.fetchCount(sql.selectFrom("plinth_changelog"));
        while ((scrape().value("plinth_model_version") <= version || scrape().value("plinth_schema_migrations")
                < migrations) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }

        assertThat(storedVersion()).isEqualTo(version + 1);
        assertModelGaugesAndInfoMatchTheDatabase();
    }

    private void assertModelGaugesAndInfoMatchTheDatabase() {
        Record stored = sql.fetchOne("select version, hash from plinth_model_version order by version desc limit 1");
        int migrations = sql.fetchCount(sql.selectFrom("plinth_changelog"));
        Scrape scrape = scrape();
        JsonNode info = read(server.get("/actuator/info")).path("model");

        assertThat(scrape.value("plinth_model_version")).isEqualTo(stored.get(0, Integer.class), within(0.0));
        assertThat(scrape.value("plinth_schema_migrations")).isEqualTo(migrations, within(0.0));
        assertThat(info.path("version").asInt()).isEqualTo(stored.get(0, Integer.class));
        assertThat(info.path("hash").asText()).isEqualTo(stored.get(1, String.class));
        assertThat(info.path("name").asText()).isEqualTo("blog");
        assertThat(info.path("appliedAt").asText()).isNotEmpty();
    }

    private int storedVersion() {
        return sql.fetchOne("select max(version) from plinth_model_version").get(0, Integer.class);
    }

    private static double delta(Scrape before, Scrape after, String entity, String action, String status) {
        String[] labels = {"entity", entity, "action", action, "status", status};
        return after.value(API, labels) - before.value(API, labels);
    }
}
