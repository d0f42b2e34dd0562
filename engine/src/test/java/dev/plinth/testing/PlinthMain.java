package dev.plinth.testing;

import dev.plinth.cli.Cli;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The engine as an application, with Spring Boot's auto-configuration and nothing else: the context of a
 * {@link PlinthInstance}, and the main class of a {@link PlinthProcess}, where it runs the command line as the
 * executable jar does.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class PlinthMain {

    public static void main(String[] args) {
        int exitCode = Cli.run(args, PlinthMain.class);
        if (exitCode != Cli.SERVING) {
            System.exit(exitCode);
        }
    }
}
