/**
 * Queries over the applied model, independent of HTTP: the one filter language (parsed to an immutable syntax tree,
 * checked against the model, compiled to jOOQ conditions with bound values), and the read and write plans that
 * become single SQL statements.
 *
 * <p>Every stage resolves names through {@link dev.plinth.query.ModelIndex}: a name on an entity is a
 * {@link dev.plinth.query.Member}, a plain column, a to-one relation or a to-many relation.
 */
package dev.plinth.query;
