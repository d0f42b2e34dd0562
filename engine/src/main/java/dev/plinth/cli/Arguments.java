package dev.plinth.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed command-line arguments: the command, its positional arguments, Plinth's own options, and the Spring
 * properties ({@code --server.port=8081}) passed through to {@code serve}.
 */
record Arguments(String command, List<String> positionals, Map<String, String> options, List<String> springProperties) {

    static final Set<String> COMMANDS = Set.of("validate", "plan", "apply", "export", "serve", "help");

    /** Options that take a value, and the flags that do not. */
    static final Set<String> VALUED = Set.of("model", "data-dir", "db-url", "db-user", "db-password",
            "db-migration-lock-timeout");
    static final Set<String> FLAGS = Set.of("allow-destructive", "watch", "help");
    /** Prefixes of Spring properties {@code serve} passes on. */
    private static final List<String> SPRING_PREFIXES = List.of("server.", "spring.", "logging.", "management.", "plinth.");

    static Arguments parse(String[] args) throws UsageException {
        String command = null;
        List<String> positionals = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                options.put("help", "true");
            } else if (arg.startsWith("--")) {
                String body = arg.substring(2);
                int equals = body.indexOf('=');
                String name = equals < 0 ? body : body.substring(0, equals);
                if (SPRING_PREFIXES.stream().anyMatch(name::startsWith)) {
                    if (equals < 0) {
                        throw new UsageException("the option --" + name + " needs a value: --" + name + "=<value>");
                    }
                    spring.add(arg);
                } else if (VALUED.contains(name)) {
                    String value;
                    if (equals >= 0) {
                        value = body.substring(equals + 1);
                    } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        value = args[++i];
                    } else {
                        throw new UsageException("the option --" + name + " needs a value");
                    }
                    options.put(name, value);
                } else if (FLAGS.contains(name)) {
                    if (equals >= 0) {
                        throw new UsageException("the option --" + name + " takes no value");
                    }
                    options.put(name, "true");
                } else {
                    throw new UsageException("unknown option --" + name);
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new UsageException("unknown option " + arg);
            } else if (command == null && positionals.isEmpty() && COMMANDS.contains(arg)) {
                command = arg;
            } else if (command == null && positionals.isEmpty()) {
                throw new UsageException("unknown command '" + arg + "'");
            } else {
                positionals.add(arg);
            }
        }
        return new Arguments(command == null ? "serve" : command, positionals, options, spring);
    }

    boolean has(String option) {
        return options.containsKey(option);
    }

    String option(String name) {
        return options.get(name);
    }
}
