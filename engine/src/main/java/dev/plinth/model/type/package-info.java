/**
 * Field types: one class a type, registered in {@link dev.plinth.model.type.FieldTypes}. A type owns the
 * options it accepts, how its values are stored ({@link dev.plinth.model.type.Column}), how a JSON value
 * is read into a Java value, the JSON Schema of its values in the API, and which stored types it can widen to
 * without losing data.
 */
package dev.plinth.model.type;
