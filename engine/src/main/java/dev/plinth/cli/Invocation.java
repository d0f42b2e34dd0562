package dev.plinth.cli;

import dev.plinth.database.DatabaseSettings;
import dev.plinth.schema.SchemaEngine;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.convert.DurationStyle;

/** One run of the command line: its arguments, environment and output streams. */
record Invocation(Arguments args, Map<String, String> env, PrintStream out, PrintStream err) {

    /** Settings from options first, then environment variables, then defaults. */
    DatabaseSettings database() throws UsageException {
        String dataDir = first(args.option("data-dir"), env.get("PLINTH_DATA_DIR"));
        return new DatabaseSettings(
                first(args.option("db-url"), env.get("PLINTH_DB_URL")),
                first(args.option("db-user"), env.get("PLINTH_DB_USER")),
                first(args.option("db-password"), env.get("PLINTH_DB_PASSWORD")),
                dataDir == null ? DatabaseSettings.DEFAULT_DATA_DIRECTORY : Path.of(dataDir),
                DatabaseSettings.DEFAULT_POOL_SIZE,
                duration(null, "PLINTH_DB_CONNECTION_TIMEOUT", DatabaseSettings.DEFAULT_CONNECTION_TIMEOUT),
                duration(null, "PLINTH_DB_STATEMENT_TIMEOUT", DatabaseSettings.DEFAULT_STATEMENT_TIMEOUT),
                duration("db-migration-lock-timeout", "PLINTH_DB_MIGRATION_LOCK_TIMEOUT",
                        SchemaEngine.DEFAULT_LOCK_TIMEOUT));
    }

    /** A duration as serve reads it ({@code 10s}, {@code 2m}, {@code 500ms}, {@code PT10S}; a bare number is ms). */
    private Duration duration(String option, String variable, Duration otherwise) throws UsageException {
        String given = first(option == null ? null : args.option(option), env.get(variable));
        if (given == null) {
            return otherwise;
        }
        String name = option != null && args.option(option) != null ? "--" + option : variable;
        Duration duration;
        try {
            duration = DurationStyle.detectAndParse(given.trim());
        } catch (IllegalArgumentException e) {
            throw new UsageException(name + " must be a duration such as 10s, 2m or 500ms, not '" + given + "'");
        }
        if (duration.isNegative()) {
            throw new UsageException(name + " must not be negative, not '" + given + "'");
        }
        return duration;
    }

    /** The model folder: the positional argument, or --model, or PLINTH_MODEL. */
    Path modelFolder(boolean required) throws UsageException {
        String folder = args.positionals().isEmpty() ? first(args.option("model"), env.get("PLINTH_MODEL"))
                : args.positionals().get(0);
        if (folder == null && required) {
            throw new UsageException(args.command() + " needs a model folder: java -jar plinth.jar " + args.command()
                    + " <model-dir>");
        }
        return folder == null ? null : Path.of(folder);
    }

    void expectPositionals(int most) throws UsageException {
        if (args.positionals().size() > most) {
            throw new UsageException("unexpected argument '" + args.positionals().get(most) + "'");
        }
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }
}
