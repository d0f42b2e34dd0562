package dev.plinth.boot;

import java.util.List;

/** The served model folder cannot be brought into the database; Plinth does not start. */
public class ModelStartupException extends RuntimeException {

    private final List<String> details;
    private final String action;

    public ModelStartupException(String message, List<String> details, String action) {
        super(message);
        this.details = List.copyOf(details);
        this.action = action;
    }

    public List<String> details() {
        return details;
    }

    /** What the person starting Plinth should do about it. */
    public String action() {
        return action;
    }
}
