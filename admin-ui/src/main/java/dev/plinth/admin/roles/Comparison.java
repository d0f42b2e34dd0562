package dev.plinth.admin.roles;

import java.util.Optional;

/** The operators of the row-filter builder, in words, each with the filter-language text it becomes. */
public enum Comparison {
    EQ("=", "is"),
    NE("!=", "is not"),
    CONTAINS("~", "contains"),
    LT("<", "is less than"),
    LE("<=", "is at most"),
    GT(">", "is greater than"),
    GE(">=", "is at least"),
    EMPTY("is null", "is empty"),
    FILLED("is not null", "is not empty");

    private final String symbol;
    private final String words;

    Comparison(String symbol, String words) {
        this.symbol = symbol;
        this.words = words;
    }

    /** How the builder's select names it. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String words() {
        return words;
    }

    String symbol() {
        return symbol;
    }

    boolean takesValue() {
        return this != EMPTY && this != FILLED;
    }

    static Optional<Comparison> byCode(String code) {
        for (Comparison c : values()) {
            if (c.code().equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
