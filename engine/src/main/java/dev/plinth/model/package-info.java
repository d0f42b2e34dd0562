/**
 * The model: what a team writes in its model folder, read, checked and compared.
 *
 * <p>{@link dev.plinth.model.ModelReader} reads a folder ({@code plinth.json}, {@code entities/*.json},
 * {@code roles/*.json}) into immutable records, {@link dev.plinth.model.ModelValidator} checks it against
 * the bundled JSON Schemas and the semantic rules, and {@link dev.plinth.model.ModelWriter} writes it back
 * with a stable key order. This package knows no SQL and no HTTP.
 */
package dev.plinth.model;
