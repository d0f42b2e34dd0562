package dev.plinth.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;

/**
 * {@code serve}: starts the Spring Boot application. Plinth's options become {@code plinth.*} properties; Spring
 * reads the environment ({@code PLINTH_DB_URL} is {@code plinth.db.url}) and its own options itself.
 */
final class ServeCommand {

    private final Invocation invocation;
    private final Class<?> application;

    ServeCommand(Invocation invocation, Class<?> application) {
        this.invocation = invocation;
        this.application = application;
    }

    int run() throws UsageException {
        invocation.expectPositionals(1);
        Arguments args = invocation.args();
        List<String> properties = new ArrayList<>();
        Path model = args.positionals().isEmpty() ? (args.has("model") ? Path.of(args.option("model")) : null)
                : Path.of(args.positionals().get(0));
        if (model != null) {
            properties.add("--plinth.model=" + model);
        }
        property(properties, "data-dir", "plinth.data-dir");
        property(properties, "db-url", "plinth.db.url");
        property(properties, "db-user", "plinth.db.user");
        property(properties, "db-password", "plinth.db.password");
        property(properties, "db-migration-lock-timeout", "plinth.db.migration-lock-timeout");
        if (args.has("watch")) {
            properties.add("--plinth.watch=true");
        }
        properties.addAll(args.springProperties());
        try {
            SpringApplication app = new SpringApplication(application);
            app.addListeners(new EarlyDatabaseStart());
            app.run(properties.toArray(String[]::new));
            return Cli.SERVING;
        } catch (RuntimeException e) {
            // Spring Boot has already reported why the application did not start.
            return Cli.ERROR;
        }
    }

    private void property(List<String> properties, String option, String property) {
        if (invocation.args().has(option)) {
            properties.add("--" + property + "=" + invocation.args().option(option));
        }
    }
}
