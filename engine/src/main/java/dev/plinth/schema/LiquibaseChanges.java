package dev.plinth.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.IndexDef;
import dev.plinth.model.OnDelete;
import dev.plinth.model.type.Column;
import dev.plinth.model.type.InvalidValueException;
import dev.plinth.model.type.Temporal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import liquibase.change.AddColumnConfig;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.AddDefaultValueChange;
import liquibase.change.core.AddForeignKeyConstraintChange;
import liquibase.change.core.AddNotNullConstraintChange;
import liquibase.change.core.AddUniqueConstraintChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropDefaultValueChange;
import liquibase.change.core.DropForeignKeyConstraintChange;
import liquibase.change.core.DropIndexChange;
import liquibase.change.core.DropNotNullConstraintChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.DropUniqueConstraintChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.RenameColumnChange;
import liquibase.change.core.RenameTableChange;
import liquibase.statement.DatabaseFunction;

/** Builds the Liquibase changes that the schema diff plans. Identifiers come from the model only. */
final class LiquibaseChanges {

    private LiquibaseChanges() {
    }

    /** The Liquibase (and PostgreSQL) type of a column. */
    static String sqlType(Column column) {
        return switch (column.storage()) {
            case VARCHAR -> "varchar(" + column.length() + ")";
            case TEXT -> "text";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case NUMERIC -> "numeric(" + column.precision() + "," + column.scale() + ")";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case TIMESTAMPTZ -> "timestamp with time zone";
            case TIME -> "time";
            case UUID -> "uuid";
            case JSONB -> "jsonb";
        };
    }

    static String sqlType(Field field) {
        return sqlType(field.type().column(field).orElseThrow());
    }

    /** A new entity's table with its system columns; its fields are added by {@link #column}. */
    static CreateTableChange createTable(Entity entity) {
        CreateTableChange change = new CreateTableChange();
        change.setTableName(SchemaNames.table(entity));
        ColumnConfig id = systemColumn(SchemaNames.ID, "uuid", false, new DatabaseFunction("gen_random_uuid()"));
        id.getConstraints().setPrimaryKey(true);
        id.getConstraints().setPrimaryKeyName(SchemaNames.primaryKey(entity));
        change.addColumn(id);
        change.addColumn(systemColumn(SchemaNames.CREATED_AT, "timestamp with time zone", false, new DatabaseFunction("now()")));
        change.addColumn(systemColumn(SchemaNames.UPDATED_AT, "timestamp with time zone", false, new DatabaseFunction("now()")));
        change.addColumn(systemColumn(SchemaNames.CREATED_BY, "uuid", true, null));
        change.addColumn(systemColumn(SchemaNames.UPDATED_BY, "uuid", true, null));
        ColumnConfig version = systemColumn(SchemaNames.VERSION, "integer", false, null);
        version.setDefaultValueNumeric(1);
        change.addColumn(version);
        return change;
    }

    private static ColumnConfig systemColumn(String name, String type, boolean nullable, DatabaseFunction defaultValue) {
        ColumnConfig column = new ColumnConfig();
        column.setName(name);
        column.setType(type);
        column.setConstraints(new ConstraintsConfig().setNullable(nullable));
        if (defaultValue != null) {
            column.setDefaultValueComputed(defaultValue);
        }
        return column;
    }

    /** The column of a field with its type, nullability and default. */
    static AddColumnConfig column(Field field, boolean required) {
        AddColumnConfig column = new AddColumnConfig();
        column.setName(SchemaNames.column(field));
        column.setType(sqlType(field));
        column.setConstraints(new ConstraintsConfig().setNullable(!required));
        setDefault(column, field, field.defaultValue());
        return column;
    }

    static AddColumnChange addColumn(Entity entity, AddColumnConfig column) {
        AddColumnChange change = new AddColumnChange();
        change.setTableName(SchemaNames.table(entity));
        change.addColumn(column);
        return change;
    }

    /** Adds a field's column to a table that has no rows, or whose rows get the field's default. */
    static AddColumnChange addColumn(Entity entity, Field field) {
        return addColumn(entity, column(field, field.required()));
    }

    static void setDefault(ColumnConfig column, Field field, JsonNode value) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isTextual() && Temporal.NOW.equals(value.textValue())) {
            column.setDefaultValueComputed(new DatabaseFunction(switch (field.type().name()) {
                case "date" -> "CURRENT_DATE";
                case "time" -> "LOCALTIME";
                default -> "now()";
            }));
            return;
        }
        Object read;
        try {
            read = field.type().read(value, field);
        } catch (InvalidValueException e) {
            throw new IllegalArgumentException("the model validator accepted an invalid default", e);
        }
        setLiteral(column, read);
    }

    /**
     * Sets a literal default from a value already read by its field type. Temporal values are written in their
     * ISO form, which holds only digits and separators.
     */
    static void setLiteral(ColumnConfig column, Object value) {
        if (value instanceof BigDecimal decimal) {
            // Liquibase reads "1E+1" as 1 in ALTER COLUMN ... SET DEFAULT; plain digits mean the same everywhere.
            column.setDefaultValueNumeric(decimal.toPlainString());
        } else if (value instanceof Integer || value instanceof Long) {
            column.setDefaultValueNumeric(value.toString());
        } else if (value instanceof Boolean bool) {
            column.setDefaultValueBoolean(bool);
        } else if (value instanceof OffsetDateTime || value instanceof LocalDate || value instanceof LocalTime) {
            column.setDefaultValueComputed(new DatabaseFunction("'" + value + "'"));
        } else if (value instanceof JsonNode json) {
            column.setDefaultValue(json.toString());
        } else {
            column.setDefaultValue(value.toString());
        }
    }

    /** The text Liquibase writes to fill empty values, from a value read by the field's type. */
    static String fillText(Object value) {
        return value instanceof JsonNode json ? json.toString() : value.toString();
    }

    static DropColumnChange dropColumn(String table, String column) {
        DropColumnChange change = new DropColumnChange();
        change.setTableName(table);
        change.setColumnName(column);
        return change;
    }

    static RenameColumnChange renameColumn(String table, String from, String to, String type) {
        RenameColumnChange change = new RenameColumnChange();
        change.setTableName(table);
        change.setOldColumnName(from);
        change.setNewColumnName(to);
        change.setColumnDataType(type);
        return change;
    }

    static RenameTableChange renameTable(String from, String to) {
        RenameTableChange change = new RenameTableChange();
        change.setOldTableName(from);
        change.setNewTableName(to);
        return change;
    }

    static DropTableChange dropTable(String table) {
        DropTableChange change = new DropTableChange();
        change.setTableName(table);
        change.setCascadeConstraints(true);
        return change;
    }

    static ModifyDataTypeChange changeType(String table, String column, String type) {
        ModifyDataTypeChange change = new ModifyDataTypeChange();
        change.setTableName(table);
        change.setColumnName(column);
        change.setNewDataType(type);
        return change;
    }

    static AddNotNullConstraintChange setRequired(String table, Field field, String fillWith) {
        AddNotNullConstraintChange change = new AddNotNullConstraintChange();
        change.setTableName(table);
        change.setColumnName(SchemaNames.column(field));
        change.setColumnDataType(sqlType(field));
        change.setDefaultNullValue(fillWith);
        return change;
    }

    static DropNotNullConstraintChange dropRequired(String table, Field field) {
        DropNotNullConstraintChange change = new DropNotNullConstraintChange();
        change.setTableName(table);
        change.setColumnName(SchemaNames.column(field));
        change.setColumnDataType(sqlType(field));
        return change;
    }

    static AddDefaultValueChange setDefault(String table, Field field) {
        AddDefaultValueChange change = new AddDefaultValueChange();
        change.setTableName(table);
        change.setColumnName(SchemaNames.column(field));
        change.setColumnDataType(sqlType(field));
        ColumnConfig holder = new ColumnConfig();
        setDefault(holder, field, field.defaultValue());
        change.setDefaultValue(holder.getDefaultValue());
        change.setDefaultValueNumeric(holder.getDefaultValueNumeric() == null ? null : holder.getDefaultValueNumeric().toString());
        change.setDefaultValueBoolean(holder.getDefaultValueBoolean());
        change.setDefaultValueComputed(holder.getDefaultValueComputed());
        return change;
    }

    static DropDefaultValueChange dropDefault(String table, String column, String type) {
        DropDefaultValueChange change = new DropDefaultValueChange();
        change.setTableName(table);
        change.setColumnName(column);
        change.setColumnDataType(type);
        return change;
    }

    static AddUniqueConstraintChange addUnique(String table, List<String> columns, String name) {
        AddUniqueConstraintChange change = new AddUniqueConstraintChange();
        change.setTableName(table);
        change.setColumnNames(String.join(", ", columns));
        change.setConstraintName(name);
        return change;
    }

    static DropUniqueConstraintChange dropUnique(String table, String name) {
        DropUniqueConstraintChange change = new DropUniqueConstraintChange();
        change.setTableName(table);
        change.setConstraintName(name);
        return change;
    }

    static AddForeignKeyConstraintChange addForeignKey(String table, String column, String targetTable,
                                                       String name, OnDelete onDelete) {
        AddForeignKeyConstraintChange change = new AddForeignKeyConstraintChange();
        change.setBaseTableName(table);
        change.setBaseColumnNames(column);
        change.setReferencedTableName(targetTable);
        change.setReferencedColumnNames(SchemaNames.ID);
        change.setConstraintName(name);
        change.setOnDelete(switch (onDelete) {
            case RESTRICT -> "RESTRICT";
            case CASCADE -> "CASCADE";
            case SET_NULL -> "SET NULL";
        });
        return change;
    }

    static DropForeignKeyConstraintChange dropForeignKey(String table, String name) {
        DropForeignKeyConstraintChange change = new DropForeignKeyConstraintChange();
        change.setBaseTableName(table);
        change.setConstraintName(name);
        return change;
    }

    static CreateIndexChange createIndex(String table, List<String> columns, String name) {
        CreateIndexChange change = new CreateIndexChange();
        change.setTableName(table);
        change.setIndexName(name);
        for (String column : columns) {
            AddColumnConfig config = new AddColumnConfig();
            config.setName(column);
            change.addColumn(config);
        }
        return change;
    }

    static DropIndexChange dropIndex(String table, String name) {
        DropIndexChange change = new DropIndexChange();
        change.setTableName(table);
        change.setIndexName(name);
        return change;
    }

    /** The junction table of a many-to-many field, its keys and the index on its target side. */
    static List<liquibase.change.Change> createJunction(Entity entity, Field field, Entity target) {
        String table = SchemaNames.junction(entity, field);
        CreateTableChange create = new CreateTableChange();
        create.setTableName(table);
        for (String name : List.of(SchemaNames.SOURCE_ID, SchemaNames.TARGET_ID)) {
            ColumnConfig column = new ColumnConfig();
            column.setName(name);
            column.setType("uuid");
            column.setConstraints(new ConstraintsConfig().setNullable(false).setPrimaryKey(true)
                    .setPrimaryKeyName(SchemaNames.junctionPrimaryKey(entity, field)));
            create.addColumn(column);
        }
        return List.of(create,
                addForeignKey(table, SchemaNames.SOURCE_ID, SchemaNames.table(entity),
                        SchemaNames.junctionSourceKey(entity, field), OnDelete.CASCADE),
                addForeignKey(table, SchemaNames.TARGET_ID, SchemaNames.table(target),
                        SchemaNames.junctionTargetKey(entity, field), OnDelete.CASCADE),
                createIndex(table, List.of(SchemaNames.TARGET_ID), SchemaNames.junctionTargetIndex(entity, field)));
    }

    static List<String> columns(Entity entity, IndexDef index) {
        return index.fields().stream().map(name -> SchemaNames.column(entity, name)).toList();
    }
}
