package dev.plinth.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.security.web.PlinthServer;
import dev.plinth.testing.Repository;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;

/**
 * The image the {@code Dockerfile} builds, checked without a Docker engine: what it runs on, as whom, on which port,
 * and its health check, compiled here and run exactly as the image runs it against a real Plinth.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DockerfileTest {

    private static final Path ROOT = Repository.root();
    private final Dockerfile dockerfile = Dockerfile.read(ROOT.resolve("Dockerfile"));
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
    void runsOnAJavaRuntimeAsAnUnprivilegedUser() {
        assertThat(dockerfile.last("FROM")).hasValueSatisfying(image -> assertThat(image).matches(".*:17-jre\\b.*"));
        String user = dockerfile.last("USER").orElseThrow(() -> new AssertionError("the image runs as root"));
        assertThat(user).as("a numeric uid, so Kubernetes can check runAsNonRoot").matches("[0-9]+");
        assertThat(Integer.parseInt(user)).isPositive();
        assertThat(dockerfile.runtimeStage()).anySatisfy(instruction -> assertThat(instruction.arguments())
                .contains("useradd", "--uid " + user));
    }

    @Test
    void exposesThePortTheApplicationServes() throws IOException {
        Properties application = new Properties();
        try (InputStream in = Files.newInputStream(ROOT.resolve("admin-ui/src/main/resources/application.properties"))) {
            application.load(in);
        }

        assertThat(dockerfile.last("EXPOSE")).contains(application.getProperty("server.port"));
    }

    @Test
    void runsTheJarTheBuildStageMakes() {
        List<String> entrypoint = Dockerfile.execForm(dockerfile.last("ENTRYPOINT").orElseThrow());
        String jar = entrypoint.get(entrypoint.indexOf("-jar") + 1);

        assertThat(entrypoint.get(0)).isEqualTo("java");
        assertThat(dockerfile.runtimeStage()).anySatisfy(instruction -> assertThat(instruction.arguments())
                .isEqualTo("--from=build /src/admin-ui/target/plinth.jar " + jar));
        assertThat(Dockerfile.execForm(dockerfile.last("CMD").orElseThrow())).containsExactly("serve");
    }

    @Test
    void theHealthCheckPassesWhilePlinthIsReadyAndFailsOtherwise(@TempDir Path classes) throws Exception {
        List<String> command = healthCheck(classes);
        String port = server.context().getEnvironment().getProperty("local.server.port");

        assertThat(run(command, port)).as("ready").isZero();

        AvailabilityChangeEvent.publish(server.context(), ReadinessState.REFUSING_TRAFFIC);
        try {
            assertThat(run(command, port)).as("refusing traffic").isEqualTo(1);
        } finally {
            AvailabilityChangeEvent.publish(server.context(), ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(run(command, "1")).as("nothing listening").isEqualTo(1);
    }

    /**
     * The HEALTHCHECK's command, with this JVM's {@code java} and the health check compiled into {@code classes}
     * from the file and to the folder the image's build stage uses.
     */
    private List<String> healthCheck(Path classes) {
        List<String> command = new ArrayList<>(dockerfile.healthCheckCommand());
        assertThat(command.get(0)).isEqualTo("java");
        int classpath = command.indexOf("-cp") + 1;
        assertThat(dockerfile.runtimeStage()).anySatisfy(instruction -> assertThat(instruction.arguments())
                .isEqualTo("--from=build /healthcheck " + command.get(classpath)));
        assertThat(dockerfile.instructions()).anySatisfy(instruction -> assertThat(instruction.arguments())
                .isEqualTo("javac -d /healthcheck deploy/docker/HealthCheck.java"));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                ROOT.resolve("deploy/docker/HealthCheck.java").toString());
        assertThat(compiled).as("HealthCheck.java compiles").isZero();
        command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.set(classpath, classes.toString());
        return command;
    }

    /** Runs the health check as Docker would, with {@code SERVER_PORT} set as in the container; its exit code. */
    private static int run(List<String> command, String port) throws InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SERVER_PORT", port);
        try {
            Process process = builder.start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the health check did not finish within 30 s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                System.out.println("health check: " + output.strip());
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theHealthCheckReadsThePortFromTheEnvironmentAsPlinthDoes() {
        assertThat(PlinthSettings.unread(server.context(), Map.of("SERVER_PORT", "8080"))).isEmpty();
    }
}
