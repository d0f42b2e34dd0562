package dev.plinth.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain words for JSON syntax errors. Jackson's messages are written for programmers ("Unexpected character
 * ('}' (code 125)): was expecting double-quote to start field name"); a person fixing a model file by hand needs
 * to know where it broke and what to write instead.
 */
final class JsonSyntax {

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'$", Pattern.DOTALL);
    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.)' \\(code \\d+[^)]*\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.*)': was expecting", Pattern.DOTALL);
    private static final Pattern NOT_CLOSED = Pattern.compile(
            "^Unexpected end-of-input: expected close marker for (Object|Array) .*line: (\\d+), column: (\\d+)\\]\\)$");
    private static final Pattern WRONG_CLOSE = Pattern.compile(
            "^Unexpected close marker '(.)': expected '(.)' \\(for (Object|Array) starting at .*line: (\\d+), column: (\\d+)\\]\\)$");
    private static final Pattern EXTRA_CLOSE = Pattern.compile("^Unexpected close marker '(.)': no open");
    private static final Pattern CONTROL = Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.)'");
    private static final Pattern NUMBER = Pattern.compile("(?:Invalid numeric value|in numeric value): (.*)$");

    private JsonSyntax() {
    }

    /** Where the text broke and why, such as {@code line 3, column 5: a comma is missing before this point}. */
    static String explain(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().strip();
        JsonLocation location = e.getLocation();
        int line = location == null ? -1 : location.getLineNr();
        int column = location == null ? -1 : location.getColumnNr();
        Matcher m;
        String words;
        if ((m = DUPLICATE.matcher(message)).find()) {
            // Jackson stands after the second key; its line is reliable, its column is not the key's
            return (line > 0 ? "line " + line + ": " : "") + "the property '" + m.group(1)
                    + "' appears twice in the same object; keep only one";
        } else if ((m = TOKEN.matcher(message)).find()) {
            column -= m.group(1).length();
            words = "'" + m.group(1) + "' is not a JSON value: write text in double quotes, and true, false and"
                    + " null in lowercase";
        } else if ((m = NOT_CLOSED.matcher(message)).find()) {
            boolean object = m.group(1).equals("Object");
            words = "the file ends before the " + (object ? "{" : "[") + " opened at line " + m.group(2) + ", column "
                    + m.group(3) + " is closed with " + (object ? "}" : "]");
        } else if ((m = WRONG_CLOSE.matcher(message)).find()) {
            words = "expected " + m.group(2) + " to close the " + (m.group(3).equals("Object") ? "{" : "[")
                    + " opened at line " + m.group(4) + ", column " + m.group(5) + ", not " + m.group(1);
        } else if ((m = EXTRA_CLOSE.matcher(message)).find()) {
            words = "there is a " + m.group(1) + " too many here";
        } else if (message.startsWith("Unexpected end-of-input")) {
            words = message.contains("string value") || message.contains("field name")
                    ? "the file ends inside a text in double quotes: a closing \" is missing"
                    : "the file ends too early: something is missing at its end";
        } else if (message.startsWith("Trailing token")) {
            words = "there is more after the end of the JSON object; a file holds exactly one object";
        } else if ((m = CONTROL.matcher(message)).find()) {
            int code = Integer.parseInt(m.group(1));
            words = code == '\n' || code == '\r'
                    ? "a text in double quotes runs past the end of its line: close it with \" on the same line,"
                            + " or write \\n for a line break"
                    : "a text in double quotes cannot hold control characters such as tabs; write a tab as \\t";
        } else if ((m = ESCAPE.matcher(message)).find()) {
            words = "\\" + m.group(1) + " is not a valid escape in a text; write \\\\ for a backslash";
        } else if ((m = NUMBER.matcher(message)).find()) {
            words = "this number is not written as JSON requires (" + lowerFirst(m.group(1)) + ")";
        } else if ((m = UNEXPECTED.matcher(message)).find()) {
            words = unexpected(m.group(1).charAt(0), message);
        } else {
            words = message;
        }
        return line > 0 && column > 0 ? "line " + line + ", column " + column + ": " + words : words;
    }

    private static String unexpected(char found, String message) {
        if (found == '\'') {
            return "names and texts must be in double quotes (\"), not single quotes (')";
        }
        if (found == '/' || found == '#') {
            return "JSON does not allow comments; use a \"description\" property instead";
        }
        if (message.contains("comma to separate Object")) {
            return "a comma is missing before this point, or a } to close the object";
        }
        if (message.contains("comma to separate Array")) {
            return "a comma is missing before this point, or a ] to close the list";
        }
        if (message.contains("colon to separate")) {
            return "a colon (:) is missing between a property name and its value";
        }
        if (message.contains("double-quote to start field name")) {
            return found == '}'
                    ? "a property name is expected after the comma before this point; remove that comma if the object"
                            + " ends here"
                    : "a property name must be written in double quotes";
        }
        if (found == '}' || found == ']') {
            return "a value is missing before this " + found + "; is there a comma too many?";
        }
        return "'" + found + "' cannot start a value: write text in double quotes";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
