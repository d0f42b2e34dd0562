package dev.plinth.cli;

import java.util.logging.Level;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/** Keeps the one-shot commands' output to what they print themselves: warnings and errors only in the log. */
final class QuietLogging {

    private QuietLogging() {
    }

    static void apply() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // Not beforeInitialize(): on Logback it suppresses every message, warnings too, until Spring initializes
        // logging, which a one-shot command never does.
        LoggingSystem logging = LoggingSystem.get(QuietLogging.class.getClassLoader());
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        java.util.logging.Logger.getLogger("liquibase").setLevel(Level.WARNING);
        java.util.logging.Logger.getLogger("").setLevel(Level.WARNING);
    }
}
