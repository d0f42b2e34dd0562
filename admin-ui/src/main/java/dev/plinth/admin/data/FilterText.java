package dev.plinth.admin.data;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Text in the one filter language, written from what a person chose in the filter builder and typed in the search
 * box. Field paths come from the model; every value typed is a quoted text (a quote inside doubled) unless it is
 * exactly a number or a boolean where the field takes one. The engine checks and compiles the result like any
 * {@code ?filter=}, and says what is wrong with it.
 */
final class FilterText {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");
    private static final Pattern LOCAL_DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");

    private FilterText() {
    }

    /** {@code text} in single quotes, each quote inside doubled: {@code it's} becomes {@code 'it''s'}. */
    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** One condition: {@code path} (a field of the model, shown with {@code widget}), the operator, the typed value. */
    static String condition(String path, String widget, Operator operator, String value) {
        if (!operator.takesValue()) {
            return path + " " + operator.symbol();
        }
        return path + " " + operator.symbol() + " " + literal(widget, operator, value == null ? "" : value);
    }

    private static String literal(String widget, Operator operator, String value) {
        String trimmed = value.strip();
        if (operator.symbol().contains("~")) {
            return quote(value);
        }
        return switch (widget) {
            case "number", "decimal" -> NUMBER.matcher(trimmed).matches() ? trimmed : quote(value);
            case "checkbox" -> switch (trimmed.toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> "true";
                case "false", "no" -> "false";
                default -> quote(value);
            };
            case "datetime" -> quote(LOCAL_DATE_TIME.matcher(trimmed).matches()
                    ? trimmed.replace(' ', 'T') + "Z" : trimmed);
            case "text", "textarea" -> quote(value);
            default -> quote(trimmed);
        };
    }

    /** Rows where any of {@code paths} contains {@code text}, ignoring case. */
    static String search(List<String> paths, String text) {
        return paths.stream().map(path -> path + " ~ " + quote(text)).collect(Collectors.joining(" or "));
    }

    /** All of {@code parts}; each in parentheses when there are several. */
    static String and(List<String> parts) {
        List<String> present = parts.stream().filter(p -> p != null && !p.isBlank()).toList();
        if (present.size() == 1) {
            return present.get(0);
        }
        return present.stream().map(p -> "(" + p + ")").collect(Collectors.joining(" and "));
    }
}
