package dev.plinth.schema;

import java.util.List;

/** What the planner asks of the data already in the database, to tell safe changes from destructive ones. */
public interface DataProbe {

    /** Rows in a table. */
    long rows(String table);

    /** Rows whose column is empty (null). */
    long nulls(String table, String column);

    /** Rows whose column holds a value. */
    default long values(String table, String column) {
        return rows(table) - nulls(table, column);
    }

    /** Rows that share their non-null values in these columns with an earlier row. */
    long duplicates(String table, List<String> columns);

    /** A probe of an empty database, for planning from nothing. */
    DataProbe EMPTY = new DataProbe() {
        @Override
        public long rows(String table) {
            return 0;
        }

        @Override
        public long nulls(String table, String column) {
            return 0;
        }

        @Override
        public long duplicates(String table, List<String> columns) {
            return 0;
        }
    };
}
