package dev.plinth.admin.data;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The operators of the filter builder, in words, each with the filter-language text it becomes, and which of them
 * suit a field, by the field's widget (the same sets the engine's filter checker allows for those types).
 */
enum Operator {
    EQ("eq", "is", "="),
    NE("ne", "is not", "!="),
    CONTAINS("contains", "contains", "~"),
    NOT_CONTAINS("excludes", "does not contain", "!~"),
    STARTS_WITH("starts", "starts with", "^~"),
    LT("lt", "less than", "<"),
    LE("le", "at most", "<="),
    GT("gt", "greater than", ">"),
    GE("ge", "at least", ">="),
    EMPTY("empty", "is empty", "is null"),
    NOT_EMPTY("filled", "is not empty", "is not null");

    private static final Set<Operator> TEXT = EnumSet.of(CONTAINS, NOT_CONTAINS, STARTS_WITH, EQ, NE, EMPTY, NOT_EMPTY);
    private static final Set<Operator> ORDERED = EnumSet.of(EQ, NE, LT, LE, GT, GE, EMPTY, NOT_EMPTY);
    private static final Set<Operator> EQUALITY = EnumSet.of(EQ, NE, EMPTY, NOT_EMPTY);
    private static final Set<Operator> NULL_CHECKS = EnumSet.of(EMPTY, NOT_EMPTY);

    private final String code;
    private final String words;
    private final String symbol;

    Operator(String code, String words, String symbol) {
        this.code = code;
        this.words = words;
        this.symbol = symbol;
    }

    /** How the operator is named in the builder's query parameters. */
    public String code() {
        return code;
    }

    /** How the builder shows it. */
    public String words() {
        return words;
    }

    /** How it is written in the filter language. */
    String symbol() {
        return symbol;
    }

    /** Whether the operator compares with a value (all but the empty checks). */
    boolean takesValue() {
        return !NULL_CHECKS.contains(this);
    }

    static Optional<Operator> byCode(String code) {
        for (Operator operator : values()) {
            if (operator.code.equals(code)) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }

    /** The operators that suit values shown with {@code widget}, the most useful first. */
    static List<Operator> suiting(String widget) {
        Set<Operator> set = switch (widget) {
            case "text", "textarea", "email", "url" -> TEXT;
            case "select" -> EnumSet.of(EQ, NE, CONTAINS, NOT_CONTAINS, STARTS_WITH, EMPTY, NOT_EMPTY);
            case "number", "decimal", "date", "datetime", "time" -> ORDERED;
            case "checkbox", "uuid", "reference", "references" -> EQUALITY;
            default -> NULL_CHECKS;
        };
        return set.stream().sorted((a, b) -> order(widget, a) - order(widget, b)).toList();
    }

    /** Text fields list contains first; everything else keeps the declaration order. */
    private static int order(String widget, Operator operator) {
        boolean text = widget.equals("text") || widget.equals("textarea") || widget.equals("email")
                || widget.equals("url");
        return text && operator.symbol.contains("~") ? operator.ordinal() - 100 : operator.ordinal();
    }
}
