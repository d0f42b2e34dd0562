package dev.plinth.query.read;

/**
 * The query parameters of a read, as the caller sent them; any may be {@code null}.
 *
 * @param filter an expression in the filter language
 * @param sort   comma-separated member paths, each optionally prefixed with {@code -} for descending
 * @param limit  rows per page
 * @param offset rows to skip
 * @param cursor an opaque cursor from a previous page's {@code meta.nextCursor}
 * @param fields comma-separated member paths to return
 * @param expand comma-separated relation paths to embed
 * @param count  {@code exact}, {@code estimated} or {@code none}
 */
public record ReadParameters(String filter, String sort, String limit, String offset, String cursor, String fields,
                             String expand, String count) {

    public static final ReadParameters NONE = new ReadParameters(null, null, null, null, null, null, null, null);

    /** Parameters of a single-row read: only fields and expand apply. */
    public static ReadParameters ofRow(String fields, String expand) {
        return new ReadParameters(null, null, null, null, null, fields, expand, null);
    }
}
