package dev.plinth.app;

import dev.plinth.cli.Cli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Plinth executable: the command line, and for {@code serve} the engine and the admin UI in one application. */
@SpringBootApplication(scanBasePackages = {"dev.plinth.app", "dev.plinth.admin"})
public class PlinthApplication {

    public static void main(String[] args) {
        int exitCode = Cli.run(args, PlinthApplication.class);
        if (exitCode != Cli.SERVING) {
            System.exit(exitCode);
        }
    }
}
