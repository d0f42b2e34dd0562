package dev.plinth.query.filter;

/**
 * Hard limits on a filter, checked while parsing so that no filter costs more than a bounded amount of work
 * before it is refused. A filter past a limit fails with {@link FilterProblem#TOO_LONG} or
 * {@link FilterProblem#TOO_COMPLEX}.
 */
public final class FilterLimits {

    /** The most characters (Unicode code points) a filter may have. */
    public static final int MAX_LENGTH = 4000;
    /** The most conditions and logical operators ({@code and}, {@code or}, {@code not}) together. */
    public static final int MAX_EXPRESSIONS = 100;
    /** The deepest nesting of parentheses and {@code not}. */
    public static final int MAX_DEPTH = 32;
    /** The most values in the list of one {@code in} or {@code not in}. */
    public static final int MAX_IN_VALUES = 500;
    /** The most names in one dotted path: {@code author.company.country.name} has four. */
    public static final int MAX_PATH_SEGMENTS = 4;
    /** The most characters (Unicode code points) of one quoted text. */
    public static final int MAX_STRING_LENGTH = 1000;

    private FilterLimits() {
    }
}
