package dev.plinth.query.read;

/**
 * One page of a list, as PostgreSQL wrote it.
 *
 * @param data            the rows: a JSON array, as text
 * @param total           the total when counting was asked for, otherwise {@code null}
 * @param totalIsEstimate whether {@code total} is an estimate rather than an exact count
 * @param nextCursor      the cursor of the next page, or {@code null} on the last page
 */
public record ListResult(String data, Long total, boolean totalIsEstimate, String nextCursor) {
}
