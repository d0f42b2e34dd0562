package dev.plinth.query;

/** How error messages repeat what a caller sent: as written, cut short past {@value #MAX} characters. */
public final class Shown {

    /** The most characters of a caller's text a message repeats. */
    public static final int MAX = 60;

    private Shown() {
    }

    /** The text itself, or its first characters and {@code ...} when it is longer than {@value #MAX}. */
    public static String shortened(String text) {
        return shortened(text, MAX);
    }

    /** The text itself, or its first characters and {@code ...} when it is longer than {@code max}. */
    public static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
