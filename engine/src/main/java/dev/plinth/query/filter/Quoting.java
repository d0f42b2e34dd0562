package dev.plinth.query.filter;

/** How messages show values people wrote: quoted, and shortened when long. */
final class Quoting {

    /** The most characters of a value a message repeats. */
    static final int SHOWN = 60;

    private Quoting() {
    }

    /** A text in single quotes, as it would be written in a filter, cut short with … past {@link #SHOWN}. */
    static String quote(String text) {
        String shown = text.codePointCount(0, text.length()) > SHOWN
                ? text.substring(0, text.offsetByCodePoints(0, SHOWN)) + "…" : text;
        return "'" + shown.replace("'", "''") + "'";
    }

    /** A value as written: a text quoted, anything else as is. */
    static String show(Value value) {
        return value instanceof Value.Text text ? quote(text.text()) : value.toString();
    }
}
