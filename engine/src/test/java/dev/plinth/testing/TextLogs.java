package dev.plinth.testing;

import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.core.env.StandardEnvironment;

/**
 * Spring Boot's text log, back again. An application started with a structured log format leaves Logback writing
 * JSON after it stops, and the format in a system property that later applications in the same JVM inherit; tests
 * expect text lines.
 */
public final class TextLogs {

    private TextLogs() {
    }

    public static void restore() {
        System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
        LoggingSystem logging = LoggingSystem.get(TextLogs.class.getClassLoader());
        logging.cleanUp();
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
    }
}
