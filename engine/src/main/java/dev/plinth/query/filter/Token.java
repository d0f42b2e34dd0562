package dev.plinth.query.filter;

/**
 * One token of a filter.
 *
 * @param kind     what it is
 * @param text     a name or variable as written, a text with its quotes undone, a number or operator as written
 * @param position the 1-based column where it starts
 */
record Token(Kind kind, String text, int position) {

    enum Kind {
        NAME, STRING, NUMBER, VARIABLE, OPERATOR, LEFT, RIGHT, COMMA,
        AND, OR, NOT, IN, IS, NULL, TRUE, FALSE, END
    }

    boolean is(Kind other) {
        return kind == other;
    }

    /** Whether the token can only be a value: a text, number, boolean, null or variable. */
    boolean isValue() {
        return switch (kind) {
            case STRING, NUMBER, VARIABLE, NULL, TRUE, FALSE -> true;
            default -> false;
        };
    }

    /** The token as a message names it: "the text 'a'", "the name title", "the end of the filter". */
    String describe() {
        return switch (kind) {
            case NAME -> "the name " + text;
            case STRING -> "the text " + Quoting.quote(text);
            case NUMBER -> "the number " + text;
            case VARIABLE -> "the variable " + text;
            case OPERATOR -> "the operator " + text;
            case LEFT -> "(";
            case RIGHT -> ")";
            case COMMA -> "a comma";
            case END -> "the end of the filter";
            default -> "'" + text + "'";
        };
    }
}
