/**
 * Writes: create (one row or many, all or nothing), replace, patch and delete.
 *
 * <p>{@link dev.plinth.query.write.WriteBodies} parses the body within limits → {@link
 * dev.plinth.query.write.RowValidator} checks every value against the entity's fields before any SQL, reporting all
 * errors at once → {@link dev.plinth.query.write.Writes} runs the statements in one transaction with bound values,
 * maintaining {@code version}, the timestamps and the authors, and turns the database's own refusals (a unique value
 * taken, a row still referenced) into the same field errors.
 */
package dev.plinth.query.write;
