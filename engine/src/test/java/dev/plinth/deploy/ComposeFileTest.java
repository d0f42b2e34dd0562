package dev.plinth.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.security.RoleRuleCheck;
import dev.plinth.security.web.PlinthServer;
import dev.plinth.testing.Repository;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code docker-compose.yml}, checked without a Docker engine: it is a valid Compose file by the specification's
 * schema, Plinth waits for a healthy PostgreSQL and checks its own health as the image does, and every setting it
 * gives Plinth (variables, port, model folder, database) is one Plinth reads, with a value that fits.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComposeFileTest {

    private static final Path ROOT = Repository.root();
    /** Compose's file as written; interpolated per test, with the environment each test gives. */
    private final JsonNode raw = Yaml.document(ROOT.resolve("docker-compose.yml"));
    private final JsonNode compose = ComposeInterpolation.apply(raw, Map.of());
    private final JsonNode plinth = compose.path("services").path("plinth");
    private final JsonNode postgres = compose.path("services").path("postgres");
    private PlinthServer server;

    @BeforeAll
    void start() {
        server = PlinthServer.start(List.of());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void isAValidComposeFile() {
        assertThat(ComposeSpecification.validate(compose)).isEmpty();
        assertThat(compose.path("services").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("postgres", "plinth");
    }

    /** The check above can fail: the schema refuses unknown keys, and Compose's durations and ports are checked. */
    @Test
    void theSchemaRefusesWhatComposeRefuses() {
        ObjectNode unknownKey = compose.deepCopy();
        ((ObjectNode) unknownKey.path("services").path("plinth")).put("restart_policy", "always");
        ObjectNode badDuration = compose.deepCopy();
        ((ObjectNode) badDuration.path("services").path("postgres").path("healthcheck")).put("interval", "5 seconds");
        ObjectNode badPort = compose.deepCopy();
        ((ObjectNode) badPort.path("services").path("plinth")).putArray("ports").add("eighty:8080");

        assertThat(ComposeSpecification.validate(unknownKey)).isNotEmpty();
        assertThat(ComposeSpecification.validate(badDuration)).isNotEmpty();
        assertThat(ComposeSpecification.validate(badPort)).isNotEmpty();
    }

    @Test
    void plinthIsBuiltFromTheDockerfileAndWaitsForAHealthyDatabase() {
        assertThat(plinth.path("build").asText()).isEqualTo(".");
        assertThat(ROOT.resolve("Dockerfile")).isRegularFile();
        assertThat(plinth.path("depends_on").path("postgres").path("condition").asText()).isEqualTo("service_healthy");
        assertThat(postgres.path("healthcheck").path("test").toString()).contains("pg_isready");
    }

    @Test
    void plinthChecksItsHealthAsTheImageDoes() {
        Dockerfile dockerfile = Dockerfile.read(ROOT.resolve("Dockerfile"));
        JsonNode healthCheck = plinth.path("healthcheck");
        List<String> test = new ArrayList<>();
        healthCheck.path("test").forEach(part -> test.add(part.asText()));

        assertThat(test.get(0)).isEqualTo("CMD");
        assertThat(test.subList(1, test.size())).isEqualTo(dockerfile.healthCheckCommand());
        assertThat(dockerfile.healthCheckOptions()).containsExactlyInAnyOrder(
                "interval=" + healthCheck.path("interval").asText(),
                "timeout=" + healthCheck.path("timeout").asText(),
                "start-period=" + healthCheck.path("start_period").asText(),
                "retries=" + healthCheck.path("retries").asText());
    }

    @Test
    void everyVariableGivenToPlinthIsOnePlinthReads() {
        Map<String, String> env = environment(plinth);

        assertThat(env).containsKeys("PLINTH_DB_URL", "PLINTH_DB_USER", "PLINTH_DB_PASSWORD", "PLINTH_MODEL");
        assertThat(PlinthSettings.unread(server.context(), env)).isEmpty();
        Map<String, String> misspelt = new LinkedHashMap<>(env);
        misspelt.put("PLINTH_DB_URI", env.get("PLINTH_DB_URL"));
        assertThat(PlinthSettings.unread(server.context(), misspelt)).containsExactly("PLINTH_DB_URI");
    }

    /** The database Plinth connects to is the postgres service's, with its credentials, set or defaulted. */
    @Test
    void plinthUsesTheDatabaseAndCredentialsOfThePostgresService() {
        for (Map<String, String> shell : List.of(Map.<String, String>of(),
                Map.of("PLINTH_DB_USER", "app", "PLINTH_DB_PASSWORD", "s3cret-from-the-shell"))) {
            JsonNode services = ComposeInterpolation.apply(raw, shell).path("services");
            Map<String, String> plinthEnv = environment(services.path("plinth"));
            Map<String, String> postgresEnv = environment(services.path("postgres"));
            URI url = URI.create(plinthEnv.get("PLINTH_DB_URL").substring("jdbc:".length()));

            assertThat(url.getHost()).isEqualTo("postgres");
            assertThat(url.getPort()).isEqualTo(5432);
            assertThat(url.getPath()).isEqualTo("/" + postgresEnv.get("POSTGRES_DB"));
            assertThat(plinthEnv.get("PLINTH_DB_USER")).isEqualTo(postgresEnv.get("POSTGRES_USER"))
                    .isEqualTo(shell.getOrDefault("PLINTH_DB_USER", "plinth"));
            assertThat(plinthEnv.get("PLINTH_DB_PASSWORD")).isEqualTo(postgresEnv.get("POSTGRES_PASSWORD"))
                    .isEqualTo(shell.getOrDefault("PLINTH_DB_PASSWORD", "plinth"));
        }
    }

    @Test
    void publishesThePortPlinthServesOn() {
        Map<String, String> env = environment(plinth);
        List<String> ports = new ArrayList<>();
        plinth.path("ports").forEach(port -> ports.add(port.asText()));
        Dockerfile dockerfile = Dockerfile.read(ROOT.resolve("Dockerfile"));

        assertThat(ports).hasSize(1);
        String containerPort = ports.get(0).substring(ports.get(0).lastIndexOf(':') + 1);
        assertThat(containerPort).isEqualTo(env.get("SERVER_PORT")).isEqualTo(dockerfile.last("EXPOSE").orElseThrow());
        assertThat(ComposeInterpolation.apply(raw, Map.of("PLINTH_PORT", "9090")).path("services").path("plinth")
                .path("ports").get(0).asText()).isEqualTo("9090:" + containerPort);
    }

    @Test
    void mountsAValidModelFolderWherePlinthLooksForIt() {
        List<String> volumes = new ArrayList<>();
        plinth.path("volumes").forEach(volume -> volumes.add(volume.asText()));

        assertThat(volumes).hasSize(1);
        String[] parts = volumes.get(0).split(":");
        assertThat(parts[1]).isEqualTo(environment(plinth).get("PLINTH_MODEL"));
        Path source = ROOT.resolve(parts[0]).normalize();
        assertThat(Files.isDirectory(source)).as(source + " is a folder").isTrue();
        assertThat(RoleRuleCheck.load(source).problems()).isEmpty();
    }

    /** A service's {@code environment}, in either of Compose's forms (a map, or a list of NAME=value). */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode environment = service.path("environment");
        if (environment.isArray()) {
            environment.forEach(item -> {
                String[] pair = item.asText().split("=", 2);
                env.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        } else {
            environment.properties().forEach(e -> env.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        }
        return env;
    }
}
