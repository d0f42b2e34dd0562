/**
 * Where Plinth's data lives: an external PostgreSQL given by URL, or a real embedded PostgreSQL whose data
 * directory survives restarts.
 */
package dev.plinth.database;
