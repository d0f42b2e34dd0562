package dev.plinth.query.read;

import java.util.List;

/**
 * Which rows of the ordered result a list returns.
 *
 * @param limit   rows in the page
 * @param offset  rows skipped (0 when paging by cursor)
 * @param after   the sort-key values (then the id) of the last row of the previous page, or {@code null}
 */
public record Page(int limit, int offset, List<Object> after) {
}
