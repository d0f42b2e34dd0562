package dev.plinth.schema;

import dev.plinth.model.Model;
import dev.plinth.model.ModelIds;
import dev.plinth.model.ModelJson;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import liquibase.change.Change;
import liquibase.database.Database;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans and applies models against one PostgreSQL database. Thread-safe; applies from any number of processes
 * are serialised by a PostgreSQL advisory lock, and each re-plans under the lock, so a second apply of the same
 * model finds nothing left to do.
 */
public final class SchemaEngine {

    /** Long enough for the API's requests to finish, short enough that waiting behind an apply is not an outage. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(SchemaEngine.class);
    /** PostgreSQL's SQLSTATE for a lock not obtained within {@code lock_timeout}. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final ConnectionSource connections;
    private final Duration lockTimeout;
    private final DSLContext db;
    private final ModelStore store;
    private volatile boolean initialized;

    public SchemaEngine(DataSource dataSource, ConnectionSource connections) {
        this(dataSource, connections, DEFAULT_LOCK_TIMEOUT);
    }

    /**
     * @param lockTimeout the longest a migration's statement waits for a lock on a table others are using before the
     *                    apply fails and changes nothing; zero waits as long as it takes
     */
    public SchemaEngine(DataSource dataSource, ConnectionSource connections, Duration lockTimeout) {
        this.connections = connections;
        this.lockTimeout = lockTimeout;
        this.db = DSL.using(dataSource, SQLDialect.POSTGRES);
        this.store = new ModelStore(db);
    }

    public ModelStore store() {
        return store;
    }

    /** Creates Plinth's own tables when they are missing. Idempotent; runs under the migration lock. */
    public void initialize() {
        if (initialized) {
            return;
        }
        synchronized (this) {
            if (initialized) {
                return;
            }
            try (MigrationLock lock = MigrationLock.acquire(connections);
                 Database database = LiquibaseRunner.open(connections, lockTimeout)) {
                LiquibaseRunner.update(database, LiquibaseRunner.SYSTEM_CHANGELOG, LiquibaseRunner.systemChangeSets());
            } catch (Exception e) {
                throw new IllegalStateException("Plinth could not create its system tables: " + rootMessage(e), e);
            }
            initialized = true;
        }
    }

    /** The model the database holds now. */
    public AppliedModel current() {
        initialize();
        return store.current();
    }

    /**
     * The model the database holds now, read without creating or locking anything, so read access is enough:
     * {@link AppliedModel#none()} when Plinth's tables are not there yet.
     */
    public AppliedModel stored() {
        return initialized || store.exists() ? store.current() : AppliedModel.none();
    }

    /**
     * What applying {@code desired} would do, with the SQL. Nothing is changed, not even Plinth's own tables
     * created, so a read-only database user can plan (in CI, say).
     */
    public PlanResult plan(Model desired) {
        AppliedModel current = stored();
        Model withIds = ModelIds.assign(desired, current.model());
        return new PlanResult(current, withIds, render(SchemaDiff.plan(current.model(), withIds, new JooqDataProbe(db))));
    }

    /**
     * Applies {@code desired}: all its changes and the record of the new version in one transaction, or nothing.
     *
     * @throws MigrationException when the plan is destructive and not allowed, blocked, or fails in the database
     */
    public ApplyResult apply(Model desired, boolean allowDestructive, String appliedBy) {
        initialize();
        try (MigrationLock lock = MigrationLock.acquire(connections)) {
            AppliedModel current = store.current();
            Model withIds = ModelIds.assign(desired, current.model());
            Plan plan = SchemaDiff.plan(current.model(), withIds, new JooqDataProbe(db));
            if (plan.isEmpty()) {
                return new ApplyResult(false, current.version(), current.model(), plan);
            }
            if (!plan.blockers().isEmpty()) {
                throw new MigrationException.Blocked(plan);
            }
            if (plan.isDestructive() && !allowDestructive) {
                throw new MigrationException.DestructiveChangesRefused(plan);
            }
            int version = current.version() + 1;
            String hash = ModelHash.of(withIds);
            List<Change> changes = new ArrayList<>();
            plan.changes().forEach(c -> changes.addAll(c.changes()));
            changes.add(new RecordModelVersionChange(version, ModelJson.writeModel(withIds).toString(), hash,
                    appliedBy, plan.summary()));
            try (Database database = LiquibaseRunner.open(connections, lockTimeout)) {
                LiquibaseRunner.update(database, "model-" + version + "-" + hash.substring(0, 12),
                        LiquibaseRunner.MODEL_CHANGELOG, changes);
            } catch (Exception e) {
                throw new MigrationException.Failed(lockTimedOut(e) ? lockWaitReason() : rootMessage(e), plan, e);
            }
            log.info("Applied model version {} ({} change{})", version, plan.changes().size(),
                    plan.changes().size() == 1 ? "" : "s");
            notifyApplied(version);
            return new ApplyResult(true, version, withIds, plan);
        } catch (SQLException e) {
            throw new MigrationException.Failed("the database could not be reached: " + e.getMessage(), null, e);
        }
    }

    /**
     * Tells every instance listening that {@code version} is applied. Only now: Liquibase commits a changeset, then
     * records it in its changelog in a second transaction, and an instance told earlier could count the migrations
     * before that record. Should this fail, the instances' periodic check finds the version instead.
     */
    private void notifyApplied(int version) {
        try {
            db.execute("select pg_notify(?, ?)", ModelChangeListener.CHANNEL, Integer.toString(version));
        } catch (DataAccessException e) {
            log.warn("Applied model version {}, but could not notify other instances; their periodic check will find"
                    + " it: {}", version, e.getMessage());
        }
    }

    /** The plan with each change's SQL, as Liquibase generates it for this database. */
    private Plan render(Plan plan) {
        if (plan.isEmpty()) {
            return plan;
        }
        try (Database database = LiquibaseRunner.open(connections)) {
            return new Plan(plan.changes().stream().map(c -> c.withSql(LiquibaseRunner.render(c.changes(), database)))
                    .toList(), plan.blockers());
        } catch (Exception e) {
            throw new IllegalStateException("the plan's SQL could not be generated: " + rootMessage(e), e);
        }
    }

    /** Whether PostgreSQL cancelled a statement of the failure for waiting past {@code lock_timeout}. */
    private static boolean lockTimedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private String lockWaitReason() {
        return "a change waited more than " + spoken(lockTimeout) + " for a table that other sessions are"
                + " using (a long transaction or query holds it). Try again when they are done, or let an apply wait"
                + " longer with plinth.db.migration-lock-timeout (PLINTH_DB_MIGRATION_LOCK_TIMEOUT)";
    }

    private static String spoken(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** The innermost message of a failure: the database's own words, without Liquibase's wrapping. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int detail = message.indexOf("\n  Where:");
        return (detail > 0 ? message.substring(0, detail) : message).replace("\n ", "").trim();
    }
}
