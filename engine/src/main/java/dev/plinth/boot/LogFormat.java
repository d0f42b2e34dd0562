package dev.plinth.boot;

import java.util.Locale;

/**
 * How Plinth writes its log to the console ({@code PLINTH_LOG_FORMAT}): lines for people, or one JSON object a line
 * for log shippers, in one of the structured formats Spring Boot writes. Every format carries the request id.
 */
public enum LogFormat {
    /** Lines for people, the request id in brackets after the thread name. */
    TEXT(null),
    /** JSON lines in the Elastic Common Schema: the same as {@link #ECS}. */
    JSON("ecs"),
    /** JSON lines in the Elastic Common Schema. */
    ECS("ecs"),
    /** JSON lines as Logstash's JSON encoder writes them. */
    LOGSTASH("logstash"),
    /** JSON lines in the Graylog Extended Log Format. */
    GELF("gelf");

    private final String structuredFormat;

    LogFormat(String structuredFormat) {
        this.structuredFormat = structuredFormat;
    }

    /** The value for Spring Boot's {@code logging.structured.format.console}; {@code null} for text. */
    String structuredFormat() {
        return structuredFormat;
    }

    /** The format named by {@code name}, in any case; refuses an unknown name, listing the known ones. */
    static LogFormat of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PLINTH_LOG_FORMAT (plinth.log-format) is '" + name + "'; it must be"
                    + " text, json, ecs, logstash or gelf", e);
        }
    }
}
