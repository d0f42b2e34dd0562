/**
 * Reads: list and get requests, from raw parameters to one SQL statement that returns the response's JSON (and, for a
 * list's total, a count beside it).
 *
 * <p>{@link dev.plinth.query.read.ReadParameters} (raw strings) → {@link dev.plinth.query.read.ReadPlanner} checks
 * them against the model and the caller's access → {@link dev.plinth.query.read.ReadPlan} → {@link
 * dev.plinth.query.read.ReadQueries} builds one jOOQ statement: the rows' own columns, whose JSON Plinth writes
 * ({@link dev.plinth.query.read.RowColumns}), expanded relations as correlated subqueries whose JSON PostgreSQL
 * builds ({@code json_build_object}, arrays of them in the subquery's order), and the keys of the page's last row for
 * the next cursor. A total is a count of its own, in the page's snapshot, planned by PostgreSQL for each run's values.
 */
package dev.plinth.query.read;
