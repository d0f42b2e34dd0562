/**
 * The one filter language, for {@code ?filter=} on the API and for the {@code where} and {@code check} of
 * permission rules, behind {@link dev.plinth.query.filter.Filters}.
 *
 * <p><b>parse</b> ({@code Lexer}, {@code Parser}): text to an immutable syntax tree of
 * {@link dev.plinth.query.filter.Expression}, {@link dev.plinth.query.filter.Path} and
 * {@link dev.plinth.query.filter.Value} records, every node with its 1-based column. The
 * {@link dev.plinth.query.filter.FilterLimits} are checked here, before any work grows with the input.
 */
package dev.plinth.query.filter;
