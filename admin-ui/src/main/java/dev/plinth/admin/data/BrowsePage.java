package dev.plinth.admin.data;

import java.util.List;

/**
 * One page of the data table, ready to show.
 *
 * @param labelHeader what the first column, the row's label linked to the row, is headed
 * @param labelSort   the column name that sorts by the label, or {@code null} when rows have no label field
 * @param columns     the other columns
 * @param rows        the rows of the page
 * @param total       how many rows match, on every page
 * @param from        the position of the page's first row, from 1 (0 when the page is empty)
 * @param to          the position of its last row
 * @param pages       how many pages the matching rows fill
 */
record BrowsePage(String labelHeader, String labelSort, List<Column> columns, List<Line> rows, long total, long from,
                  long to, long pages) {

    /** One row: its id, its label and a cell a column. */
    record Line(String id, String label, List<Cell> cells) {
    }

    /**
     * What a cell shows.
     *
     * @param text    the value in words, shortened
     * @param href    where the value links to (a referenced row), or {@code null}
     * @param title   the whole value when {@code text} is shortened, or {@code null}
     * @param numeric whether it is a number, aligned right
     */
    record Cell(String text, String href, String title, boolean numeric) {
    }

    BrowsePage {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
