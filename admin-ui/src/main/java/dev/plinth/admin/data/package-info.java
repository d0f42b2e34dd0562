/**
 * The data browser at {@code /admin/data}: browse, filter, sort and search the rows of every entity, create, edit and
 * delete them through forms generated from the field types, export the current view as CSV and import rows from CSV.
 *
 * <p>Nothing here writes SQL: every read goes through the engine's read stages ({@code ReadPlanner} then
 * {@code ReadQueries}) and every write through {@code RowValidator} then {@code Writes}, all with
 * {@link dev.plinth.query.Access#ALL}. The filter builder and the search box become text in the one filter language
 * ({@link dev.plinth.admin.data.FilterText}), which the engine checks and compiles like any {@code ?filter=}.
 *
 * <p>Text a person typed (a form input, a CSV cell) becomes the JSON the engine's validator reads in
 * {@link dev.plinth.admin.data.FieldText}, chosen by the field type's widget; each widget has one input fragment in
 * {@code templates/admin/widgets.html}.
 */
package dev.plinth.admin.data;
