package dev.plinth.schema;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import liquibase.change.AbstractChange;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.database.Database;
import liquibase.database.PreparedStatementFactory;
import liquibase.exception.DatabaseException;
import liquibase.statement.AbstractSqlStatement;
import liquibase.statement.ExecutablePreparedStatement;
import liquibase.statement.SqlStatement;
import liquibase.exception.ValidationErrors;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;

/**
 * The last change of every apply: records the new model version in {@code plinth_model_version}, in the same
 * transaction as the schema changes, with bound parameters.
 */
@DatabaseChange(name = "plinthRecordModelVersion", description = "Records the applied Plinth model version",
        priority = ChangeMetaData.PRIORITY_DEFAULT)
public class RecordModelVersionChange extends AbstractChange {

    private final int version;
    private final String modelJson;
    private final String hash;
    private final String appliedBy;
    private final String summary;

    /** Liquibase instantiates changes reflectively when it describes them; Plinth never does. */
    public RecordModelVersionChange() {
        this(0, "{}", "", "", "");
    }

    RecordModelVersionChange(int version, String modelJson, String hash, String appliedBy, String summary) {
        this.version = version;
        this.modelJson = modelJson;
        this.hash = hash;
        this.appliedBy = appliedBy;
        this.summary = summary;
    }

    static {
        // Liquibase renders every statement for its logs; this is the text it shows for the insert.
        SqlGeneratorFactory.getInstance().register(new InsertDescription());
    }

    private static final String INSERT = "insert into plinth_model_version"
            + " (version, model, hash, applied_by, summary) values (?, ?::jsonb, ?, ?, ?)";

    @Override
    public SqlStatement[] generateStatements(Database database) {
        return new SqlStatement[] {new Insert(version, modelJson, hash, appliedBy, summary)};
    }

    @Override
    public boolean generateStatementsVolatile(Database database) {
        return true;
    }

    @Override
    public String getConfirmationMessage() {
        return "Recorded model version " + version;
    }

    /** The insert, run as a prepared statement on Liquibase's connection. */
    public static final class Insert extends AbstractSqlStatement implements ExecutablePreparedStatement {
        private final int version;
        private final String modelJson;
        private final String hash;
        private final String appliedBy;
        private final String summary;

        Insert(int version, String modelJson, String hash, String appliedBy, String summary) {
            this.version = version;
            this.modelJson = modelJson;
            this.hash = hash;
            this.appliedBy = appliedBy;
            this.summary = summary;
        }

        @Override
        public void execute(PreparedStatementFactory factory) throws DatabaseException {
            try {
                PreparedStatement statement = factory.create(INSERT);
                statement.setInt(1, version);
                statement.setObject(2, modelJson, Types.OTHER);
                statement.setString(3, hash);
                statement.setString(4, appliedBy);
                statement.setString(5, summary);
                statement.executeUpdate();
                statement.close();
            } catch (SQLException e) {
                throw new DatabaseException(e);
            }
        }
    }

    /** How the insert appears in Liquibase's logs: the statement with its placeholders. */
    public static final class InsertDescription extends AbstractSqlGenerator<Insert> {
        @Override
        public ValidationErrors validate(Insert statement, Database database, SqlGeneratorChain<Insert> chain) {
            return new ValidationErrors();
        }

        @Override
        public Sql[] generateSql(Insert statement, Database database, SqlGeneratorChain<Insert> chain) {
            return new Sql[] {new UnparsedSql(INSERT)};
        }
    }
}
