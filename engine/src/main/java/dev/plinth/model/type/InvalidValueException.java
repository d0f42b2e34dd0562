package dev.plinth.model.type;

/**
 * A value that does not fit a field. The message is written for the person who sent the value, for
 * example "must be a whole number".
 */
public class InvalidValueException extends Exception {

    private final String code;

    public InvalidValueException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** A stable code for the broken rule, such as {@code type}, {@code maxLength} or {@code pattern}. */
    public String code() {
        return code;
    }
}
