package dev.plinth.query.filter;

/** The comparison operators of the filter language, each with the symbol it is written with. */
public enum Operator {
    /** Equal; case-sensitive on text. */
    EQ("="),
    /** Not equal. */
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    /** Contains, ignoring case. */
    CONTAINS("~"),
    /** Does not contain, ignoring case. */
    NOT_CONTAINS("!~"),
    /** Starts with, ignoring case. */
    STARTS_WITH("^~");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** How the operator is written in a filter. */
    public String symbol() {
        return symbol;
    }

    /** Whether the operator orders values: {@code < <= > >=}. */
    public boolean orders() {
        return this == LT || this == LE || this == GT || this == GE;
    }

    /** Whether the operator matches part of a text: {@code ~ !~ ^~}. */
    public boolean matchesText() {
        return this == CONTAINS || this == NOT_CONTAINS || this == STARTS_WITH;
    }
}
