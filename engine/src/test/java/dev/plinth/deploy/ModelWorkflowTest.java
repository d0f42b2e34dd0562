package dev.plinth.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.cli.Cli;
import dev.plinth.testing.Repository;
import dev.plinth.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample GitHub Actions workflow in {@code docs/github-actions/}: pull requests validate and plan, main applies
 * and refreshes the ConfigMaps the Kubernetes manifests mount. Its Plinth commands are run here as the workflow runs
 * them, with only the variables it passes, against a real database.
 */
class ModelWorkflowTest {

    private static final Path ROOT = Repository.root();
    private static final Pattern PLINTH_COMMAND = Pattern.compile("\"\\$PLINTH_IMAGE\" ([a-z]+) /model");
    private static final Pattern PASSED_VARIABLE = Pattern.compile(" -e ([A-Z_]+)");
    private static final Pattern CONFIG_MAP = Pattern.compile("\"(plinth-model[a-z-]*) model/([a-z./]+)\"");

    private final JsonNode workflow = Yaml.document(ROOT.resolve("docs/github-actions/plinth-model.yml"));
    private final JsonNode jobs = workflow.path("jobs");

    @Test
    void pullRequestsValidateAndPlanAndMainApplies() {
        assertThat(workflow.path("on").has("pull_request")).isTrue();
        assertThat(workflow.path("on").path("push").path("branches").toString()).isEqualTo("[\"main\"]");
        assertThat(jobs.path("plan").path("if").asText()).contains("pull_request");
        assertThat(jobs.path("apply").path("if").asText()).contains("refs/heads/main");
        assertThat(commands(jobs.path("plan"))).containsExactly("validate", "plan");
        assertThat(commands(jobs.path("apply"))).containsExactly("apply");
    }

    @Test
    void everyVariablePassedToPlinthIsSetByItsJob() {
        for (String job : List.of("plan", "apply")) {
            assertThat(jobs.path(job).path("env").properties()).extracting(Map.Entry::getKey)
                    .as(job).containsAll(passed(jobs.path(job)));
        }
    }

    /** The commands, in the jobs' order, with only the variables the workflow passes, point at the database. */
    @Test
    void theCommandsDoWhatTheWorkflowExpects(@TempDir Path checkout) throws IOException {
        TestDatabase database = TestDatabase.create();
        Path model = copy(ROOT.resolve("model-examples/blog"), checkout.resolve("model"));
        Map<String, String> env = new LinkedHashMap<>();
        for (String name : passed(jobs.path("apply"))) {
            env.put(name, switch (name) {
                case "PLINTH_DB_URL" -> database.url();
                case "PLINTH_DB_USER" -> database.user();
                default -> "";
            });
        }

        assertThat(plinth(env, "validate", model)).isEqualTo(Cli.OK);
        assertThat(plinth(env, "plan", model)).as("changes to review").isEqualTo(Cli.CHANGES);
        assertThat(plinth(env, "apply", model)).isEqualTo(Cli.OK);
        assertThat(plinth(env, "plan", model)).as("nothing left to do").isEqualTo(Cli.OK);
        assertThat(database.schemaEngine().current().version()).isEqualTo(1);
    }

    /** Each ConfigMap the workflow refreshes is made from the model folder the Deployment mounts it as. */
    @Test
    void theConfigMapsItRefreshesAreTheOnesTheDeploymentMounts() {
        JsonNode pod = KubernetesManifests.read(ROOT.resolve("deploy/kubernetes")).get("Deployment", "plinth")
                .path("spec").path("template").path("spec");
        Map<String, String> mounted = new LinkedHashMap<>();
        Map<String, String> volumes = new LinkedHashMap<>();
        pod.path("volumes").forEach(v -> volumes.put(v.path("name").asText(), v.path("configMap").path("name").asText()));
        pod.path("containers").get(0).path("volumeMounts").forEach(mount -> {
            if (mount.path("mountPath").asText().startsWith("/model/")) {
                mounted.put(volumes.get(mount.path("name").asText()),
                        mount.path("mountPath").asText().substring("/model/".length()));
            }
        });
        Map<String, String> refreshed = new LinkedHashMap<>();
        Matcher configMaps = CONFIG_MAP.matcher(scripts(jobs.path("apply")));
        while (configMaps.find()) {
            refreshed.put(configMaps.group(1), configMaps.group(2));
        }

        assertThat(refreshed).isEqualTo(mounted).hasSize(3);
    }

    private static List<String> commands(JsonNode job) {
        List<String> commands = new ArrayList<>();
        Matcher command = PLINTH_COMMAND.matcher(scripts(job));
        while (command.find()) {
            commands.add(command.group(1));
        }
        return commands;
    }

    private static List<String> passed(JsonNode job) {
        List<String> names = new ArrayList<>();
        Matcher variable = PASSED_VARIABLE.matcher(scripts(job));
        while (variable.find()) {
            if (!names.contains(variable.group(1))) {
                names.add(variable.group(1));
            }
        }
        return names;
    }

    /** The job's shell steps, one after the other, continued lines joined. */
    private static String scripts(JsonNode job) {
        StringBuilder scripts = new StringBuilder();
        job.path("steps").forEach(step -> scripts.append(step.path("run").asText()).append('\n'));
        return scripts.toString().replace("\\\n", " ");
    }

    private static int plinth(Map<String, String> env, String command, Path model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return Cli.run(new String[] {command, model.toString()}, ModelWorkflowTest.class, env,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
