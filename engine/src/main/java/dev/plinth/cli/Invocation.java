package dev.plinth.cli;

import dev.plinth.database.DatabaseSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** One run of the command line: its arguments, environment and output streams. */
record Invocation(Arguments args, Map<String, String> env, PrintStream out, PrintStream err) {

    /** Settings from options first, then environment variables, then defaults. */
    DatabaseSettings database() {
        String dataDir = first(args.option("data-dir"), env.get("PLINTH_DATA_DIR"));
        return new DatabaseSettings(
                first(args.option("db-url"), env.get("PLINTH_DB_URL")),
                first(args.option("db-user"), env.get("PLINTH_DB_USER")),
                first(args.option("db-password"), env.get("PLINTH_DB_PASSWORD")),
                dataDir == null ? DatabaseSettings.DEFAULT_DATA_DIRECTORY : Path.of(dataDir));
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
