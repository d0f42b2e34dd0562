package dev.plinth.query;

/** The hard limits of reads and writes, checked before any SQL runs. */
public final class QueryLimits {

    /** Rows a list returns when the request does not say. */
    public static final int DEFAULT_PAGE_SIZE = 50;
    /** The most rows one page may hold. */
    public static final int MAX_PAGE_SIZE = 500;
    /** The largest offset; deeper pages go by cursor. */
    public static final int MAX_OFFSET = 100_000;
    /** The most sort keys. */
    public static final int MAX_SORT_KEYS = 8;
    /** The most entries in {@code fields}. */
    public static final int MAX_FIELDS = 200;
    /** The most relations in {@code expand}. */
    public static final int MAX_EXPANSIONS = 20;
    /** How deep expansions and field paths may nest ({@code comments.author.company} is 3). */
    public static final int MAX_EXPAND_DEPTH = 3;
    /** The most rows an expanded to-many relation embeds per row (the first ones by id). */
    public static final int MAX_EXPANDED_ROWS = 100;
    /** The longest value of {@code sort}, {@code fields} or {@code expand}. */
    public static final int MAX_PARAMETER_LENGTH = 2000;
    /** The longest cursor. */
    public static final int MAX_CURSOR_LENGTH = 4000;
    /** The most rows one create may hold. */
    public static final int MAX_BATCH_SIZE = 1000;
    /** The largest request body. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    /** How deep JSON in a request body may nest. */
    public static final int MAX_JSON_DEPTH = 32;
    /** Up to this many rows, {@code count=estimated} counts exactly. */
    public static final int ESTIMATE_EXACT_UP_TO = 100_000;

    private QueryLimits() {
    }
}
