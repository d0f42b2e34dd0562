/**
 * How Plinth runs inside Spring Boot: its configuration properties, the auto-configuration that opens the database
 * and wires the engine, the sync of a served model folder on start and while watching, and the words printed when
 * the served model cannot start.
 */
package dev.plinth.boot;
