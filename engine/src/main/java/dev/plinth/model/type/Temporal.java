package dev.plinth.model.type;

/**
 * The value a date, datetime or time field's {@code default} may name to mean "the moment the row is
 * created" instead of a fixed value.
 */
public final class Temporal {

    /** The default that means "now". */
    public static final String NOW = "$now";

    private Temporal() {
    }
}
