package dev.plinth.query.filter;

import dev.plinth.query.filter.Token.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a filter into tokens, stopping at the first character that cannot start one. Positions are 1-based
 * columns counted in Unicode code points, so a column means the same to the person reading the filter.
 */
final class Lexer {

    private static final Map<String, Kind> KEYWORDS = Map.of("and", Kind.AND, "or", Kind.OR, "not", Kind.NOT,
            "in", Kind.IN, "is", Kind.IS, "null", Kind.NULL, "true", Kind.TRUE, "false", Kind.FALSE);

    private final String text;
    private final int[] columns;
    private final List<Token> tokens = new ArrayList<>();
    private int at;

    private Lexer(String text) {
        this.text = text;
        this.columns = new int[text.length() + 1];
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            columns[i] = column;
            if (!Character.isHighSurrogate(text.charAt(i)) || i + 1 >= text.length()
                    || !Character.isLowSurrogate(text.charAt(i + 1))) {
                column++;
            }
        }
        columns[text.length()] = column;
    }

    /** The tokens of {@code text}, ending with an {@link Kind#END} token. */
    static List<Token> tokens(String text) {
        Lexer lexer = new Lexer(text);
        lexer.run();
        return List.copyOf(lexer.tokens);
    }

    private void run() {
        while (true) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at >= text.length()) {
                tokens.add(new Token(Kind.END, "", columns[at]));
                return;
            }
            char c = text.charAt(at);
            if (isNameStart(c)) {
                name();
            } else if (c == '$') {
                variable();
            } else if (isDigit(c) || c == '-' && at + 1 < text.length() && isDigit(text.charAt(at + 1))) {
                number();
            } else if (c == '\'' || c == '"') {
                string(c);
            } else if (c == '(' || c == ')' || c == ',') {
                tokens.add(new Token(c == '(' ? Kind.LEFT : c == ')' ? Kind.RIGHT : Kind.COMMA, String.valueOf(c), columns[at]));
                at++;
            } else {
                operator(c);
            }
        }
    }

    private void name() {
        int start = at;
        dotted(start);
        String word = text.substring(start, at);
        Kind keyword = word.indexOf('.') < 0 ? KEYWORDS.get(word.toLowerCase(Locale.ROOT)) : null;
        tokens.add(new Token(keyword != null ? keyword : Kind.NAME, word, columns[start]));
    }

    private void variable() {
        int start = at++;
        if (at >= text.length() || !isNameStart(text.charAt(at))) {
            throw syntax(start, "a variable name is missing after $, as in $user.id");
        }
        dotted(start);
        tokens.add(new Token(Kind.VARIABLE, text.substring(start, at), columns[start]));
    }

    /** Reads names joined by single dots, from the current name start on. */
    private void dotted(int start) {
        while (true) {
            while (at < text.length() && isNamePart(text.charAt(at))) {
                at++;
            }
            if (at >= text.length() || text.charAt(at) != '.') {
                return;
            }
            if (at + 1 >= text.length() || !isNameStart(text.charAt(at + 1))) {
                throw syntax(at + 1, "a name is missing after the dot in '" + text.substring(start, at + 1) + "'");
            }
            at++;
        }
    }

    private void number() {
        int start = at;
        if (text.charAt(at) == '-') {
            at++;
        }
        digits();
        if (at < text.length() && text.charAt(at) == '.') {
            at++;
            if (!digits()) {
                throw syntax(start, "the number " + text.substring(start, at) + " needs digits after its point");
            }
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            at++;
            if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            if (!digits()) {
                throw syntax(start, "the number " + text.substring(start, at) + " needs digits after its exponent");
            }
        }
        String literal = text.substring(start, at);
        if (at < text.length() && (isNamePart(text.charAt(at)) || text.charAt(at) == '.')) {
            throw syntax(at, "unexpected " + Quoting.quote(String.valueOf(text.charAt(at))) + " after the number "
                    + literal + "; put a space between a number and what follows");
        }
        try {
            new BigDecimal(literal);
        } catch (NumberFormatException | ArithmeticException e) {
            throw syntax(start, "the number " + literal + " is out of range");
        }
        tokens.add(new Token(Kind.NUMBER, literal, columns[start]));
    }

    private boolean digits() {
        int start = at;
        while (at < text.length() && isDigit(text.charAt(at))) {
            at++;
        }
        return at > start;
    }

    private void string(char quote) {
        int start = at++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw syntax(start, "the text starting at column " + columns[start] + " is not closed with " + quote);
            }
            char c = text.charAt(at++);
            if (c == quote) {
                if (at < text.length() && text.charAt(at) == quote) {
                    at++;
                } else {
                    break;
                }
            }
            value.append(c);
        }
        String string = value.toString();
        int length = string.codePointCount(0, string.length());
        if (length > FilterLimits.MAX_STRING_LENGTH) {
            throw FilterException.of(FilterProblem.TOO_LONG, columns[start], "the text starting at column "
                    + columns[start] + " is " + length + " characters long; the limit is " + FilterLimits.MAX_STRING_LENGTH);
        }
        tokens.add(new Token(Kind.STRING, string, columns[start]));
    }

    private void operator(char c) {
        String two = at + 1 < text.length() ? text.substring(at, at + 2) : String.valueOf(c);
        String symbol = switch (two) {
            case "!=", "!~", "^~", "<=", ">=" -> two;
            case "==", "<>" -> null;
            default -> "=<>~".indexOf(c) >= 0 ? String.valueOf(c) : null;
        };
        if (symbol != null) {
            tokens.add(new Token(Kind.OPERATOR, symbol, columns[at]));
            at += symbol.length();
            return;
        }
        String hint = switch (two) {
            case "==" -> "unknown operator '=='; write = to compare";
            case "<>" -> "unknown operator '<>'; write != for not equal";
            case "&&" -> "unknown operator '&&'; write and";
            case "||" -> "unknown operator '||'; write or";
            default -> null;
        };
        if (hint == null) {
            hint = switch (c) {
                case '!' -> "unknown operator '!'; write != (not equal), !~ (does not contain) or not";
                case '^' -> "unknown operator '^'; write ^~ (starts with)";
                case '-' -> "a minus sign must be followed by the digits of a number";
                case '&' -> "unknown operator '&'; write and";
                case '|' -> "unknown operator '|'; write or";
                default -> "unexpected " + describe(text.codePointAt(at));
            };
        }
        throw syntax(at, hint);
    }

    /** A character as a message names it; one that cannot be seen (often pasted along with a filter) by its code. */
    private static String describe(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return String.format("control character U+%04X", codePoint);
        }
        if (Character.isSpaceChar(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
            return String.format("invisible character U+%04X; type a plain space instead", codePoint);
        }
        return "character " + Quoting.quote(Character.toString(codePoint));
    }

    private FilterException syntax(int index, String message) {
        return FilterException.of(FilterProblem.SYNTAX, columns[Math.min(index, text.length())], message);
    }

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
