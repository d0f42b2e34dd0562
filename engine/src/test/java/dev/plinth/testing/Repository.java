package dev.plinth.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Finds the repository's folders from wherever the tests run. */
public final class Repository {

    private Repository() {
    }

    /** The repository root: the nearest folder up from the working directory that holds {@code model-examples}. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("model-examples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("model-examples/ not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** Every example model folder, in name order. */
    public static Stream<Path> exampleModels() {
        try (Stream<Path> folders = Files.list(root().resolve("model-examples"))) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("plinth.json"))).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
