package dev.plinth.cli;

import java.io.PrintStream;
import java.util.Map;

/** The entry point of the command line: parses the arguments and runs one command. */
public final class Cli {

    /** The exit code {@link #run} returns when {@code serve} started and the process should keep running. */
    public static final int SERVING = -1;
    public static final int OK = 0;
    public static final int ERROR = 1;
    /** {@code plan} found changes to make. */
    public static final int CHANGES = 2;

    private Cli() {
    }

    /** Runs a command with the process's environment and streams; {@code application} is the Spring Boot application. */
    public static int run(String[] args, Class<?> application) {
        return run(args, application, System.getenv(), System.out, System.err);
    }

    public static int run(String[] args, Class<?> application, Map<String, String> env, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (UsageException e) {
            err.println("plinth: " + e.getMessage());
            err.println();
            err.print(Usage.TEXT);
            return ERROR;
        }
        if (arguments.has("help") || arguments.command().equals("help")) {
            out.print(Usage.TEXT);
            return OK;
        }
        Invocation invocation = new Invocation(arguments, env, out, err);
        try {
            return switch (arguments.command()) {
                case "validate" -> new ValidateCommand(invocation).run();
                case "plan" -> new PlanCommand(invocation).run();
                case "apply" -> new ApplyCommand(invocation).run();
                case "export" -> new ExportCommand(invocation).run();
                default -> new ServeCommand(invocation, application).run();
            };
        } catch (UsageException e) {
            err.println("plinth: " + e.getMessage());
            err.println();
            err.print(Usage.TEXT);
            return ERROR;
        } catch (RuntimeException e) {
            err.println("plinth: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return ERROR;
        }
    }
}
