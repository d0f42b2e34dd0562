/**
 * The model: what a team writes in its model folder, read, checked and compared.
 *
 * <p>{@link dev.plinth.model.ModelFolder} reads a folder ({@code plinth.json}, {@code entities/*.json},
 * {@code roles/*.json}) into immutable records, checking each file against the bundled JSON Schemas
 * ({@link dev.plinth.model.SchemaCheck}) and the whole model against the semantic rules
 * ({@link dev.plinth.model.ModelValidator}); {@link dev.plinth.model.ModelJson} writes it back with a stable
 * key order. This package knows no SQL and no HTTP.
 */
package dev.plinth.model;
