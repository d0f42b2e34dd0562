package dev.plinth.schema;

import java.util.List;
import liquibase.change.Change;

/**
 * One change of a plan, as a person reviews it: what it does, whether it can lose data, the Liquibase changes
 * that perform it and the SQL they run.
 *
 * @param kind        what sort of change it is
 * @param description what it does, in words, with the data it touches ("drops column rating holding 1,203 values")
 * @param destructive whether it can lose data or fail on existing rows; refused unless explicitly allowed
 * @param changes     the Liquibase changes that perform it
 * @param sql         the SQL Liquibase runs for it; empty until rendered against a database
 */
public record PlannedChange(Kind kind, String description, boolean destructive, List<Change> changes, List<String> sql) {

    public PlannedChange {
        changes = List.copyOf(changes);
        sql = List.copyOf(sql);
    }

    public static PlannedChange safe(Kind kind, String description, Change... changes) {
        return new PlannedChange(kind, description, false, List.of(changes), List.of());
    }

    public static PlannedChange destructive(Kind kind, String description, Change... changes) {
        return new PlannedChange(kind, description, true, List.of(changes), List.of());
    }

    public PlannedChange withSql(List<String> rendered) {
        return new PlannedChange(kind, description, destructive, changes, rendered);
    }

    @Override
    public String toString() {
        return (destructive ? "[destructive] " : "[safe] ") + description;
    }

    /** The sorts of change a plan can hold. */
    public enum Kind {
        CREATE_TABLE, DROP_TABLE, RENAME_TABLE,
        ADD_COLUMN, DROP_COLUMN, RENAME_COLUMN, CHANGE_TYPE,
        SET_REQUIRED, DROP_REQUIRED, SET_DEFAULT, DROP_DEFAULT,
        ADD_UNIQUE, DROP_UNIQUE, ADD_FOREIGN_KEY, DROP_FOREIGN_KEY,
        CREATE_INDEX, DROP_INDEX,
        CREATE_JUNCTION, DROP_JUNCTION, RENAME_JUNCTION,
        UPDATE_METADATA
    }
}
