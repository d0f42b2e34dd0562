/**
 * The schema engine: turns the difference between the applied model and a desired one into a reviewed plan
 * and applies it through Liquibase.
 *
 * <p>The flow: {@link dev.plinth.schema.SchemaDiff} compares two models by stable ids and produces a
 * {@link dev.plinth.schema.Plan} of changes, each marked safe or destructive and carrying the Liquibase changes
 * that perform it; {@link dev.plinth.schema.SchemaEngine} renders their SQL for review ({@code plan}) or runs
 * them as one Liquibase changeset in one transaction, under a PostgreSQL advisory lock, together with the
 * record of the new model version ({@code apply}). {@link dev.plinth.schema.ModelStore} keeps the applied
 * versions in {@code plinth_model_version}. DDL happens only here.
 */
package dev.plinth.schema;
