package dev.plinth.query.write;

/** How a write treats the fields a body leaves out. */
public enum WriteMode {
    /** POST: left-out fields get their default, or stay empty; required ones without a default are errors. */
    CREATE,
    /** PUT: the body is the whole row; left-out fields get their default, or are emptied. */
    REPLACE,
    /** PATCH: left-out fields keep their values. */
    PATCH
}
