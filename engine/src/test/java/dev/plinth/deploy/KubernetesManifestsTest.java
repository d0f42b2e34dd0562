package dev.plinth.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.security.RoleRuleCheck;
import dev.plinth.security.web.PlinthServer;
import dev.plinth.testing.Repository;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code deploy/kubernetes/}, checked without a cluster: the Deployment runs three instances with resource requests,
 * its environment is made only of variables Plinth reads, from Secrets that hold the keys it names, its ConfigMaps
 * mount as a valid model folder where {@code PLINTH_MODEL} says, and a Plinth started from exactly that folder and
 * environment answers 200 on the paths its probes and its scrape annotations name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KubernetesManifestsTest {

    private static final Path ROOT = Repository.root();
    private final KubernetesManifests manifests = KubernetesManifests.read(ROOT.resolve("deploy/kubernetes"));
    private final JsonNode deployment = manifests.get("Deployment", "plinth");
    private final JsonNode pod = deployment.path("spec").path("template").path("spec");
    private final JsonNode container = pod.path("containers").get(0);
    private final Map<String, String> env = manifests.environment(container);
    private Path model;
    private PlinthServer server;

    @BeforeAll
    void start() throws IOException {
        model = Files.createTempDirectory("plinth-kubernetes-model-");
        manifests.writeMountedFiles(pod, container, env.get("PLINTH_MODEL"), model);
        server = PlinthServer.start(model, List.of(), new HashMap<>(env));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void runsThreeInstancesWithResourceRequests() {
        assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(3);
        assertThat(pod.path("containers")).hasSize(1);
        JsonNode requests = container.path("resources").path("requests");
        assertThat(requests.path("cpu").asText()).isNotEmpty();
        assertThat(requests.path("memory").asText()).isNotEmpty();
    }

    @Test
    void everyVariableIsOnePlinthReads() {
        assertThat(env).containsKeys("PLINTH_DB_URL", "PLINTH_DB_USER", "PLINTH_DB_PASSWORD", "PLINTH_MODEL");
        assertThat(PlinthSettings.unread(server.context(), env)).isEmpty();
    }

    @Test
    void theDatabaseCredentialsComeFromASecret() {
        for (String name : List.of("PLINTH_DB_USER", "PLINTH_DB_PASSWORD")) {
            JsonNode variable = variable(name);
            assertThat(variable.has("value")).as(name + " written in the Deployment").isFalse();
            assertThat(manifests.find("Secret", variable.path("valueFrom").path("secretKeyRef").path("name").asText()))
                    .as(name + "'s Secret").isPresent();
        }
    }

    @Test
    void theConfigMapsMountAsTheBlogExampleWherePlinthLooks() throws IOException {
        assertThat(RoleRuleCheck.load(model).problems()).isEmpty();
        Path blog = ROOT.resolve("model-examples/blog");
        String stale = "deploy/kubernetes/model.yaml holds model-examples/blog; after a change to the example, copy it";
        assertThat(files(model)).as(stale).isEqualTo(files(blog).stream().filter(f -> f.endsWith(".json")).toList());
        for (String file : files(model)) {
            assertThat(Files.readString(model.resolve(file))).as(stale + ": " + file)
                    .isEqualTo(Files.readString(blog.resolve(file)));
        }
    }

    @Test
    void theProbesAskPathsThatAnswer200() {
        List<String> probed = new ArrayList<>();
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            JsonNode get = container.path(probe).path("httpGet");
            assertThat(get.path("port").asText()).as(probe + " port").isEqualTo(httpPort().path("name").asText());
            probed.add(get.path("path").asText());
            assertThat(server.get(get.path("path").asText()).statusCode()).as(probe).isEqualTo(200);
        }
        assertThat(probed).contains("/actuator/health/liveness", "/actuator/health/readiness");
    }

    @Test
    void prometheusScrapesAnOpenEndpointOnTheContainerPort() {
        JsonNode annotations = deployment.path("spec").path("template").path("metadata").path("annotations");
        HttpResponse<String> scrape = server.get(annotations.path("prometheus.io/path").asText());

        assertThat(annotations.path("prometheus.io/port").asText()).isEqualTo(httpPort().path("containerPort").asText());
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("plinth_model_version");
    }

    @Test
    void theContainerPortIsTheImagesAndTheServiceSendsToIt() {
        Dockerfile dockerfile = Dockerfile.read(ROOT.resolve("Dockerfile"));
        JsonNode service = manifests.get("Service", "plinth");
        JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");

        assertThat(httpPort().path("containerPort").asText()).isEqualTo(dockerfile.last("EXPOSE").orElseThrow());
        assertThat(service.path("spec").path("ports").get(0).path("targetPort").asText())
                .isEqualTo(httpPort().path("name").asText());
        service.path("spec").path("selector").properties().forEach(selector ->
                assertThat(labels.path(selector.getKey()).asText()).isEqualTo(selector.getValue().asText()));
        assertThat(pod.path("securityContext").path("runAsUser").asText())
                .isEqualTo(dockerfile.last("USER").orElseThrow());
    }

    private JsonNode httpPort() {
        return container.path("ports").get(0);
    }

    private JsonNode variable(String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable;
            }
        }
        throw new AssertionError("the container has no " + name);
    }

    /** Every file under {@code folder}, as paths relative to it with forward slashes, sorted. */
    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
