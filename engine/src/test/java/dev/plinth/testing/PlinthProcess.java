package dev.plinth.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Plinth's command line in a JVM of its own ({@link PlinthMain} on this test run's class path), for what only a real
 * process shows: how it ends on SIGTERM, and what a SIGKILL leaves behind. Its output goes to a log file.
 */
public final class PlinthProcess {

    private final Process process;
    private final Path log;

    private PlinthProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Runs {@code args} (a command and its options) with {@code env} added to the environment, logging to {@code log}. */
    public static PlinthProcess start(Path log, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                PlinthMain.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PLINTH_"));
        builder.environment().putAll(env);
        try {
            return new PlinthProcess(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, as a container runtime or a service manager stops a process. */
    public void terminate() {
        process.destroy();
    }

    /** SIGKILL: no shutdown hook runs, nothing is closed. */
    public void kill() {
        process.destroyForcibly();
    }

    /** The exit code, once the process has ended within {@code timeout}; fails the test when it has not. */
    public int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the process did not end within " + timeout + "; its log:\n" + log());
        }
        return process.exitValue();
    }

    /** Everything the process printed so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
