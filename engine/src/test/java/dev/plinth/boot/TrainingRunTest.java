package dev.plinth.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.testing.PlinthProcess;
import dev.plinth.testing.Repository;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's training run for class data sharing ({@code --plinth.training-run=true}): Plinth starts, answers a list
 * and a row read of the first entity an anonymous caller may read (in the blog example), stops as on a shutdown, and the process exits by itself
 * with 0, its embedded database stopped. If it did not exit, the build would wait for it.
 */
class TrainingRunTest {

    @TempDir
    Path temp;

    @Test
    void startsAnswersTwoRequestsAndExits() throws Exception {
        Path data = temp.resolve("data");
        PlinthProcess plinth = PlinthProcess.start(temp.resolve("plinth.log"), Map.of(),
                "serve", Repository.root().resolve("model-examples/blog").toString(), "--data-dir=" + data,
                "--server.port=0", "--plinth.training-run=true");

        assertThat(plinth.exitCode(Duration.ofSeconds(120))).as(plinth.log()).isZero();
        assertThat(plinth.log())
                .containsPattern("Training run: GET http://127.0.0.1:\\d+/api/\\w+\\?limit=1 answered 200")
                .containsPattern("Training run: GET http://127.0.0.1:\\d+/api/\\w+/[0-9a-f-]{36} answered 404")
                .contains("Graceful shutdown complete");
        assertThat(data.resolve("postmaster.pid")).as("the embedded PostgreSQL stopped").doesNotExist();
    }
}
