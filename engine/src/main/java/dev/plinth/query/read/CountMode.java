package dev.plinth.query.read;

/** Whether a list reports its total, and how exactly. */
public enum CountMode {
    /** No total (the default: counting costs a second pass over the rows). */
    NONE,
    /** The exact number of rows matching the filter. */
    EXACT,
    /**
     * Exact up to {@link dev.plinth.query.QueryLimits#ESTIMATE_EXACT_UP_TO} rows; beyond that PostgreSQL's
     * estimate of the table's size for an unfiltered list, or the cap itself for a filtered one.
     */
    ESTIMATED
}
