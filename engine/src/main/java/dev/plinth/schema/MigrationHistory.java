package dev.plinth.schema;

import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import org.jooq.DSLContext;

/**
 * The migrations Liquibase has run against the database, as recorded in {@value LiquibaseRunner#CHANGELOG_TABLE}:
 * Plinth's own system tables and one changeset for each applied model version.
 */
public final class MigrationHistory {

    private final DSLContext db;

    public MigrationHistory(DSLContext db) {
        this.db = db;
    }

    /** How many migrations the database has run; 0 before Plinth's first start on it. */
    public int count() {
        if (!Boolean.TRUE.equals(db.fetchValue("select to_regclass(?) is not null", LiquibaseRunner.CHANGELOG_TABLE))) {
            return 0;
        }
        return db.fetchCount(table(name(LiquibaseRunner.CHANGELOG_TABLE)));
    }
}
