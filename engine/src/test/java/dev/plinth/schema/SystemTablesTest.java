package dev.plinth.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.testing.TestDatabase;
import java.util.List;
import liquibase.change.ColumnConfig;
import liquibase.change.core.CreateTableChange;
import liquibase.database.Database;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * Plinth's own tables, made by the changesets of {@code plinth/system}. Every database Plinth ever started holds their
 * ids and checksums; a changed changeset would stop those databases from starting, so they are pinned here.
 */
class SystemTablesTest {

    private static final List<String> APPLIED = List.of(
            "plinth-system-1 plinth plinth/system 9:bdcd74581e4b66dff070731a83e4c13d",
            "plinth-system-2 plinth plinth/system 9:c9cf0c995011ea9273669865598d41de",
            "plinth-system-3 plinth plinth/system 9:4c5ab0953a50c6ab65509d13b92b48e1",
            "plinth-system-4 plinth plinth/system 9:495fba499636e76bf5145739d58efdf1",
            "plinth-system-5 plinth plinth/system 9:eb5dd96515f60f5c9ebe59a51dffd93c",
            "plinth-system-6 plinth plinth/system 9:65bb1a261c04bcdfb1ca029873ee1ea9");

    @Test
    void aNewDatabaseGetsEverySystemChangesetWithItsPinnedChecksum() {
        TestDatabase database = TestDatabase.create();

        database.schemaEngine().initialize();

        assertThat(applied(database.dsl())).containsExactlyElementsOf(APPLIED);
        assertThat(tables(database.dsl())).contains("plinth_model_version", "plinth_secret", "plinth_user",
                "plinth_refresh_token", "plinth_api_key", "plinth_token_revocation");
    }

    @Test
    void aDatabaseFromAnOlderPlinthGetsOnlyTheChangesetsItLacks() throws Exception {
        TestDatabase database = TestDatabase.create();
        try (MigrationLock lock = MigrationLock.acquire(database.connections());
             Database liquibase = LiquibaseRunner.open(database.connections())) {
            LiquibaseRunner.update(liquibase, "plinth-system-1", LiquibaseRunner.SYSTEM_CHANGELOG,
                    LiquibaseRunner.systemTables());
            LiquibaseRunner.update(liquibase, "plinth-system-2", LiquibaseRunner.SYSTEM_CHANGELOG,
                    LiquibaseRunner.secretTable());
        }
        database.dsl().execute("insert into plinth_secret (name, value) values ('kept', '\\x01')");

        database.schemaEngine().initialize();

        assertThat(applied(database.dsl())).containsExactlyElementsOf(APPLIED);
        assertThat(database.dsl().fetchValue("select count(*) from plinth_secret where name = 'kept'"))
                .isEqualTo(1L);
    }

    @Test
    void aChangesetAddedToAChangelogAlreadyFoundUpToDateStillRuns() throws Exception {
        TestDatabase database = TestDatabase.create();
        database.schemaEngine().initialize();
        database.schemaEngine().initialize();

        try (MigrationLock lock = MigrationLock.acquire(database.connections());
             Database liquibase = LiquibaseRunner.open(database.connections())) {
            CreateTableChange later = new CreateTableChange();
            later.setTableName("plinth_later");
            later.addColumn(new ColumnConfig().setName("id").setType("integer"));
            LiquibaseRunner.update(liquibase, "plinth-system-later", LiquibaseRunner.SYSTEM_CHANGELOG, List.of(later));
        }

        assertThat(tables(database.dsl())).contains("plinth_later");
    }

    private static List<String> applied(DSLContext sql) {
        return sql.fetch("select id || ' ' || author || ' ' || filename || ' ' || md5sum from plinth_changelog"
                + " order by orderexecuted").getValues(0, String.class);
    }

    private static List<String> tables(DSLContext sql) {
        return sql.fetch("select table_name from information_schema.tables where table_schema = 'public'")
                .getValues(0, String.class);
    }
}
