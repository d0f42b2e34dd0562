package dev.plinth.model.type;

/** The kinds of column a field can be stored in; the schema and query stages map each to SQL. */
public enum Storage {
    VARCHAR, TEXT, INTEGER, BIGINT, NUMERIC, BOOLEAN, DATE, TIMESTAMPTZ, TIME, UUID, JSONB
}
