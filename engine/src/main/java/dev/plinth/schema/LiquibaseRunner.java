package dev.plinth.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.CreateTableChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.FastCheckService;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.LockServiceFactory;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;
import liquibase.ui.LoggerUIService;

/**
 * Drives Liquibase from code: changelogs built in memory, one changeset a migration, run in one transaction.
 * Liquibase's own tables are {@code plinth_changelog} and {@code plinth_changelog_lock}.
 */
final class LiquibaseRunner {

    static final String CHANGELOG_TABLE = "plinth_changelog";
    static final String CHANGELOG_LOCK_TABLE = "plinth_changelog_lock";
    /** The path every generated changeset is filed under in {@code plinth_changelog}. */
    static final String MODEL_CHANGELOG = "plinth/model";
    static final String SYSTEM_CHANGELOG = "plinth/system";
    private static final String AUTHOR = "plinth";

    private static final Map<String, Object> SCOPE = Map.of(
            "liquibase.analytics.enabled", false,
            "liquibase.changelogLockWaitTimeInMinutes", 1,
            Scope.Attr.ui.name(), new LoggerUIService());

    private LiquibaseRunner() {
    }

    /** A Liquibase database over a dedicated connection; closing it closes the connection. */
    static Database open(ConnectionSource connections) throws SQLException, LiquibaseException {
        return open(connections, null);
    }

    /**
     * A Liquibase database over a dedicated connection whose statements wait at most {@code lockTimeout} for a lock
     * (PostgreSQL's {@code lock_timeout}; zero waits as long as it takes). A change to a table waits for every
     * transaction reading it to end, and every query after it waits behind it: bounded, an apply stalls the API for
     * at most that long, and fails, changing nothing, rather than queueing it for good. {@code null} keeps the
     * server's setting.
     */
    static Database open(ConnectionSource connections, Duration lockTimeout) throws SQLException, LiquibaseException {
        Connection connection = connections.open();
        try {
            if (lockTimeout != null) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "select set_config('lock_timeout', ?, false)")) {
                    statement.setString(1, Long.toString(lockTimeout.toMillis()));
                    statement.execute();
                }
            }
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDatabaseChangeLogTableName(CHANGELOG_TABLE);
            database.setDatabaseChangeLogLockTableName(CHANGELOG_LOCK_TABLE);
            return database;
        } catch (SQLException | LiquibaseException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** The SQL Liquibase runs for these changes, statement by statement. */
    static List<String> render(List<Change> changes, Database database) {
        List<String> sql = new ArrayList<>();
        for (Change change : changes) {
            for (SqlStatement statement : change.generateStatements(database)) {
                for (Sql generated : SqlGeneratorFactory.getInstance().generateSql(statement, database)) {
                    sql.add(generated.toSql() + ";");
                }
            }
        }
        return sql;
    }

    /** A changeset: its id and its changes, applied in one transaction, all of them or none. */
    record ChangeSetSpec(String id, List<Change> changes) {
    }

    /**
     * Runs {@code changes} as one changeset, in one transaction: all of them are applied, or none. Call only while
     * holding the {@link MigrationLock}.
     */
    static void update(Database database, String changeSetId, String changelogPath, List<Change> changes) throws Exception {
        update(database, changelogPath, List.of(new ChangeSetSpec(changeSetId, changes)));
    }

    /**
     * Runs those of {@code changeSets} the database has not run yet, in order, each in its own transaction. Call only
     * while holding the {@link MigrationLock}.
     */
    static void update(Database database, String changelogPath, List<ChangeSetSpec> changeSets) throws Exception {
        DatabaseChangeLog changeLog = new DatabaseChangeLog(changelogPath);
        for (ChangeSetSpec spec : changeSets) {
            ChangeSet changeSet = new ChangeSet(spec.id(), AUTHOR, false, false, changelogPath, null, null, true, changeLog);
            spec.changes().forEach(changeSet::addChange);
            changeLog.addChangeSet(changeSet);
        }
        Scope.child(SCOPE, () -> {
            // Holding the advisory lock, any Liquibase lock still set was left by a process that died.
            LockServiceFactory.getInstance().getLockService(database).forceReleaseLock();
            // Liquibase remembers for the rest of the process each changelog it once found fully run, and skips later
            // updates of it: a changeset added under the same path since (another system table) would never run.
            Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_ARG, changeLog)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                    .execute();
        });
    }

    /** Plinth's own tables: the changesets of {@link #SYSTEM_CHANGELOG}, in order. None of them may ever change. */
    static List<ChangeSetSpec> systemChangeSets() {
        return List.of(new ChangeSetSpec("plinth-system-1", systemTables()),
                new ChangeSetSpec("plinth-system-2", secretTable()),
                new ChangeSetSpec("plinth-system-3", userTable()),
                new ChangeSetSpec("plinth-system-4", refreshTokenTable()),
                new ChangeSetSpec("plinth-system-5", apiKeyTable()),
                new ChangeSetSpec("plinth-system-6", tokenRevocationTable()));
    }

    /** Secrets Plinth generates for itself (the key that signs cursors, say), created by the second system changeset. */
    static List<Change> secretTable() {
        CreateTableChange secrets = new CreateTableChange();
        secrets.setTableName("plinth_secret");
        ColumnConfig name = column("name", "varchar(100)", false, false);
        name.getConstraints().setPrimaryKey(true).setPrimaryKeyName("pk_plinth_secret");
        secrets.addColumn(name);
        secrets.addColumn(column("value", "bytea", false, false));
        ColumnConfig createdAt = column("created_at", "timestamp with time zone", false, false);
        createdAt.setDefaultValueComputed(new liquibase.statement.DatabaseFunction("now()"));
        secrets.addColumn(createdAt);
        return List.of(secrets);
    }

    /**
     * The built-in user entity's table, created by the third system changeset. Written out column by column (not
     * derived from {@link dev.plinth.model.BuiltInEntities}) so the changeset never changes once applied.
     */
    static List<Change> userTable() {
        CreateTableChange users = new CreateTableChange();
        users.setTableName(SchemaNames.USER_TABLE);
        ColumnConfig id = column("id", "uuid", false, false);
        id.setDefaultValueComputed(new liquibase.statement.DatabaseFunction("gen_random_uuid()"));
        id.getConstraints().setPrimaryKey(true).setPrimaryKeyName("pk_user");
        users.addColumn(id);
        for (String timestamp : List.of("created_at", "updated_at")) {
            ColumnConfig at = column(timestamp, "timestamp with time zone", false, false);
            at.setDefaultValueComputed(new liquibase.statement.DatabaseFunction("now()"));
            users.addColumn(at);
        }
        users.addColumn(column("created_by", "uuid", true, false));
        users.addColumn(column("updated_by", "uuid", true, false));
        ColumnConfig version = column("version", "integer", false, false);
        version.setDefaultValueNumeric(1);
        users.addColumn(version);
        users.addColumn(column("email", "varchar(254)", false, false));
        users.addColumn(column("display_name", "varchar(200)", true, false));
        users.addColumn(column("password_hash", "varchar(200)", true, false));
        ColumnConfig roles = column("roles", "jsonb", false, false);
        roles.setDefaultValue("[]");
        users.addColumn(roles);
        ColumnConfig enabled = column("enabled", "boolean", false, false);
        enabled.setDefaultValueBoolean(true);
        users.addColumn(enabled);
        ColumnConfig verified = column("email_verified", "boolean", false, false);
        verified.setDefaultValueBoolean(false);
        users.addColumn(verified);
        users.addColumn(column("last_login_at", "timestamp with time zone", true, false));
        liquibase.change.core.AddUniqueConstraintChange uniqueEmail = new liquibase.change.core.AddUniqueConstraintChange();
        uniqueEmail.setTableName(SchemaNames.USER_TABLE);
        uniqueEmail.setColumnNames("email");
        uniqueEmail.setConstraintName("uq_user_email");
        return List.of(users, uniqueEmail);
    }

    /**
     * Refresh tokens, created by the fourth system changeset: one row a token, the token itself never stored, only
     * its SHA-256; every token descends from one login ({@code family_id}), so reusing a spent one can revoke them
     * all. Written out column by column so the changeset never changes once applied.
     */
    static List<Change> refreshTokenTable() {
        CreateTableChange tokens = new CreateTableChange();
        tokens.setTableName("plinth_refresh_token");
        ColumnConfig id = column("id", "uuid", false, false);
        id.setDefaultValueComputed(new liquibase.statement.DatabaseFunction("gen_random_uuid()"));
        id.getConstraints().setPrimaryKey(true).setPrimaryKeyName("pk_refresh_token");
        tokens.addColumn(id);
        tokens.addColumn(column("family_id", "uuid", false, false));
        tokens.addColumn(column("user_id", "uuid", false, false));
        tokens.addColumn(column("token_hash", "varchar(64)", false, false));
        ColumnConfig createdAt = column("created_at", "timestamp with time zone", false, false);
        createdAt.setDefaultValueComputed(new liquibase.statement.DatabaseFunction("now()"));
        tokens.addColumn(createdAt);
        tokens.addColumn(column("expires_at", "timestamp with time zone", false, false));
        tokens.addColumn(column("revoked_at", "timestamp with time zone", true, false));
        tokens.addColumn(column("replaced_by", "uuid", true, false));
        liquibase.change.core.AddUniqueConstraintChange uniqueHash = new liquibase.change.core.AddUniqueConstraintChange();
        uniqueHash.setTableName("plinth_refresh_token");
        uniqueHash.setColumnNames("token_hash");
        uniqueHash.setConstraintName("uq_refresh_token_hash");
        liquibase.change.core.AddForeignKeyConstraintChange user = new liquibase.change.core.AddForeignKeyConstraintChange();
        user.setConstraintName("fk_refresh_token_user");
        user.setBaseTableName("plinth_refresh_token");
        user.setBaseColumnNames("user_id");
        user.setReferencedTableName(SchemaNames.USER_TABLE);
        user.setReferencedColumnNames("id");
        user.setOnDelete("CASCADE");
        return List.of(tokens, uniqueHash, user, index("ix_refresh_token_family", "plinth_refresh_token", "family_id"),
                index("ix_refresh_token_user", "plinth_refresh_token", "user_id"));
    }

    /**
     * API keys, created by the fifth system changeset: the key itself never stored, only its SHA-256 and a short
     * prefix to find it by. Written out column by column so the changeset never changes once applied.
     */
    static List<Change> apiKeyTable() {
        CreateTableChange keys = new CreateTableChange();
        keys.setTableName("plinth_api_key");
        ColumnConfig id = column("id", "uuid", false, false);
        id.setDefaultValueComputed(new liquibase.statement.DatabaseFunction("gen_random_uuid()"));
        id.getConstraints().setPrimaryKey(true).setPrimaryKeyName("pk_api_key");
        keys.addColumn(id);
        keys.addColumn(column("name", "varchar(200)", false, false));
        keys.addColumn(column("prefix", "varchar(16)", false, false));
        keys.addColumn(column("key_hash", "varchar(64)", false, false));
        ColumnConfig roles = column("roles", "jsonb", false, false);
        roles.setDefaultValue("[]");
        keys.addColumn(roles);
        ColumnConfig createdAt = column("created_at", "timestamp with time zone", false, false);
        createdAt.setDefaultValueComputed(new liquibase.statement.DatabaseFunction("now()"));
        keys.addColumn(createdAt);
        keys.addColumn(column("created_by", "uuid", true, false));
        keys.addColumn(column("expires_at", "timestamp with time zone", true, false));
        keys.addColumn(column("revoked_at", "timestamp with time zone", true, false));
        liquibase.change.core.AddUniqueConstraintChange uniquePrefix = new liquibase.change.core.AddUniqueConstraintChange();
        uniquePrefix.setTableName("plinth_api_key");
        uniquePrefix.setColumnNames("prefix");
        uniquePrefix.setConstraintName("uq_api_key_prefix");
        return List.of(keys, uniquePrefix);
    }

    /**
     * When each user's access tokens stopped counting, created by the sixth system changeset: a token issued before
     * is refused (disabled, roles changed, a new password). Written out column by column so the changeset never
     * changes once applied.
     */
    static List<Change> tokenRevocationTable() {
        CreateTableChange revocations = new CreateTableChange();
        revocations.setTableName("plinth_token_revocation");
        ColumnConfig user = column("user_id", "uuid", false, false);
        user.getConstraints().setPrimaryKey(true).setPrimaryKeyName("pk_token_revocation");
        revocations.addColumn(user);
        revocations.addColumn(column("revoked_at", "timestamp with time zone", false, false));
        liquibase.change.core.AddForeignKeyConstraintChange users = new liquibase.change.core.AddForeignKeyConstraintChange();
        users.setConstraintName("fk_token_revocation_user");
        users.setBaseTableName("plinth_token_revocation");
        users.setBaseColumnNames("user_id");
        users.setReferencedTableName(SchemaNames.USER_TABLE);
        users.setReferencedColumnNames("id");
        users.setOnDelete("CASCADE");
        return List.of(revocations, users,
                index("ix_token_revocation_revoked_at", "plinth_token_revocation", "revoked_at"));
    }

    private static Change index(String name, String table, String column) {
        liquibase.change.core.CreateIndexChange index = new liquibase.change.core.CreateIndexChange();
        index.setIndexName(name);
        index.setTableName(table);
        liquibase.change.AddColumnConfig indexed = new liquibase.change.AddColumnConfig();
        indexed.setName(column);
        index.addColumn(indexed);
        return index;
    }

    /** Plinth's own tables, created once by a changeset that never changes. */
    static List<Change> systemTables() {
        CreateTableChange versions = new CreateTableChange();
        versions.setTableName("plinth_model_version");
        versions.addColumn(column("version", "integer", false, true));
        versions.addColumn(column("model", "jsonb", false, false));
        versions.addColumn(column("hash", "varchar(64)", false, false));
        ColumnConfig appliedAt = column("applied_at", "timestamp with time zone", false, false);
        appliedAt.setDefaultValueComputed(new liquibase.statement.DatabaseFunction("now()"));
        versions.addColumn(appliedAt);
        versions.addColumn(column("applied_by", "varchar(320)", false, false));
        versions.addColumn(column("summary", "text", false, false));
        return List.of(versions);
    }

    private static ColumnConfig column(String name, String type, boolean nullable, boolean primaryKey) {
        ColumnConfig column = new ColumnConfig();
        column.setName(name);
        column.setType(type);
        ConstraintsConfig constraints = new ConstraintsConfig().setNullable(nullable);
        if (primaryKey) {
            constraints.setPrimaryKey(true).setPrimaryKeyName("pk_plinth_model_version");
        }
        column.setConstraints(constraints);
        return column;
    }

}
