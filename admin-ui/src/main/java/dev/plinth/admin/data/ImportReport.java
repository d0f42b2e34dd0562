package dev.plinth.admin.data;

import java.util.List;

/**
 * What an import did: how many rows it created, or why it created none.
 *
 * @param created  rows created (0 whenever anything failed: an import is all or nothing)
 * @param problems what is wrong with the file as a whole (unreadable, unknown columns, a conflict between rows)
 * @param errors   what is wrong with each row, in file order
 * @param ignored  columns left out because Plinth sets them itself (id, createdAt, ...)
 */
record ImportReport(int created, List<String> problems, List<RowError> errors, List<String> ignored) {

    /** One value of one row that failed. */
    record RowError(int row, String field, String message) {
    }

    ImportReport {
        problems = List.copyOf(problems);
        errors = List.copyOf(errors);
        ignored = List.copyOf(ignored);
    }

    static ImportReport failed(String problem) {
        return new ImportReport(0, List.of(problem), List.of(), List.of());
    }

    public boolean succeeded() {
        return problems.isEmpty() && errors.isEmpty();
    }
}
