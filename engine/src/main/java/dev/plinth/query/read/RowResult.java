package dev.plinth.query.read;

/**
 * One row as PostgreSQL wrote it, with its version for the ETag.
 *
 * @param json    the row's JSON object, as text
 * @param version the row's version
 */
public record RowResult(String json, int version) {
}
