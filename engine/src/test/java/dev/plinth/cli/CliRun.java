package dev.plinth.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One run of the command line in a test: what it returned and printed.
 *
 * @param exitCode what {@link Cli#run} returned
 * @param out      the text printed to standard output
 * @param err      the text printed to standard error
 */
record CliRun(int exitCode, String out, String err) {

    /** Runs the command line with {@code env} as its environment, capturing what it prints. */
    static CliRun plinth(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Cli.run(args, CliRun.class, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs the command line with an empty environment, so the machine's PLINTH_* variables play no part. */
    static CliRun plinth(String... args) {
        return plinth(Map.of(), args);
    }
}
