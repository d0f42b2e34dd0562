package dev.plinth.schema;

import static dev.plinth.schema.PlannedChange.Kind.*;

import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.IndexDef;
import dev.plinth.model.Model;
import dev.plinth.model.ModelJson;
import dev.plinth.model.type.Column;
import dev.plinth.model.type.FieldTypes;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the applied model with a desired one, by stable ids, and plans the changes between them. Names
 * that changed under the same id are renames; what is missing from the desired model is a drop. Nothing is
 * touched: the data probe only counts.
 */
public final class SchemaDiff {

    private final Model applied;
    private final Model desired;
    private final DataProbe probe;

    // Buckets, in the order their changes run.
    private final List<PlannedChange> dropKeys = new ArrayList<>();
    private final List<PlannedChange> dropIndexes = new ArrayList<>();
    private final List<PlannedChange> dropColumns = new ArrayList<>();
    private final List<PlannedChange> dropTables = new ArrayList<>();
    private final List<PlannedChange> renames = new ArrayList<>();
    private final List<PlannedChange> createTables = new ArrayList<>();
    private final List<PlannedChange> addColumns = new ArrayList<>();
    private final List<PlannedChange> alterColumns = new ArrayList<>();
    private final List<PlannedChange> addKeys = new ArrayList<>();
    private final List<PlannedChange> addIndexes = new ArrayList<>();
    private final List<String> blockers = new ArrayList<>();

    private SchemaDiff(Model applied, Model desired, DataProbe probe) {
        this.applied = applied;
        this.desired = desired;
        this.probe = probe;
    }

    /**
     * Plans the changes from {@code applied} to {@code desired}. Both must be valid and every entity and field
     * must have an id.
     */
    public static Plan plan(Model applied, Model desired, DataProbe probe) {
        return new SchemaDiff(applied, desired, probe).run();
    }

    private Plan run() {
        for (Entity before : applied.entities()) {
            desired.entityById(before.id()).ifPresentOrElse(after -> compareEntity(before, after), () -> dropEntity(before));
        }
        for (Entity after : desired.entities()) {
            if (applied.entityById(after.id()).isEmpty()) {
                createEntity(after);
            }
        }
        List<PlannedChange> changes = new ArrayList<>();
        for (List<PlannedChange> bucket : List.of(dropKeys, dropIndexes, dropColumns, dropTables, renames,
                createTables, addColumns, alterColumns, addKeys, addIndexes)) {
            changes.addAll(bucket);
        }
        if (changes.isEmpty() && !ModelJson.writeModel(applied).equals(ModelJson.writeModel(desired))) {
            changes.add(PlannedChange.safe(UPDATE_METADATA,
                    "Update model details (labels, descriptions, validation rules, roles); the tables stay as they are"));
        }
        return new Plan(changes, blockers);
    }

    // ---- whole entities ----

    private void createEntity(Entity entity) {
        var create = LiquibaseChanges.createTable(entity);
        for (Field field : entity.fields()) {
            if (field.type() != FieldTypes.REFERENCES) {
                create.addColumn(LiquibaseChanges.column(field, field.required()));
            }
        }
        createTables.add(PlannedChange.safe(CREATE_TABLE, "Create entity " + entity.name() + " (table "
                + entity.name() + " with " + entity.fields().size() + " field" + plural(entity.fields().size()) + ")", create));
        for (Field field : entity.fields()) {
            addFieldExtras(entity, field);
        }
        entity.indexes().forEach(index -> addIndex(entity, index));
        entity.uniques().forEach(unique -> addUnique(entity, unique));
    }

    private void dropEntity(Entity entity) {
        for (Field field : entity.fields()) {
            if (field.type() == FieldTypes.REFERENCES) {
                dropJunction(entity, field);
            }
        }
        long rows = probe.rows(SchemaNames.table(entity));
        dropTables.add(PlannedChange.destructive(DROP_TABLE, "Drop entity " + entity.name() + ": deletes table "
                + entity.name() + " holding " + count(rows, "row"), LiquibaseChanges.dropTable(SchemaNames.table(entity))));
    }

    private void compareEntity(Entity before, Entity after) {
        if (!before.name().equals(after.name())) {
            renames.add(PlannedChange.safe(RENAME_TABLE, "Rename entity " + before.name() + " to " + after.name()
                    + " (table renamed, data kept)", LiquibaseChanges.renameTable(before.name(), after.name())));
        }
        Set<String> recreated = new HashSet<>();
        for (Field old : before.fields()) {
            Field neu = after.fieldById(old.id()).orElse(null);
            if (neu == null) {
                dropField(before, old);
            } else if (mustRecreate(old, neu)) {
                recreated.add(old.id());
                recreateField(before, after, old, neu);
            } else {
                compareField(before, after, old, neu);
            }
        }
        for (Field neu : after.fields()) {
            if (before.fieldById(neu.id()).isEmpty()) {
                addField(before, after, neu);
            }
        }
        compareIndexes(before, after, before.indexes(), after.indexes(), recreated, false);
        compareIndexes(before, after, before.uniques(), after.uniques(), recreated, true);
    }

    // ---- fields ----

    /**
     * A field whose values cannot be carried over: it became or stopped being a relation, or points at another entity
     * (compared by id: a target that was only renamed is the same target).
     */
    private boolean mustRecreate(Field old, Field neu) {
        boolean relationChanged = (old.type() == FieldTypes.REFERENCE) != (neu.type() == FieldTypes.REFERENCE)
                || (old.type() == FieldTypes.REFERENCES) != (neu.type() == FieldTypes.REFERENCES);
        return relationChanged || FieldTypes.isRelation(old.type())
                && !Objects.equals(targetId(applied, old.target()), targetId(desired, neu.target()));
    }

    private static String targetId(Model model, String target) {
        return dev.plinth.model.BuiltInEntities.target(model, target).map(Entity::id).orElse(target);
    }

    private void recreateField(Entity before, Entity after, Field old, Field neu) {
        String what = "Change field " + after.name() + "." + neu.name() + " from " + describe(old) + " to " + describe(neu);
        if (old.type() == FieldTypes.REFERENCES) {
            long links = probe.rows(SchemaNames.junction(before, old));
            dropColumns.add(PlannedChange.destructive(DROP_JUNCTION, what + ": deletes its " + count(links, "link")
                    + " (table " + SchemaNames.junction(before, old) + ")",
                    LiquibaseChanges.dropTable(SchemaNames.junction(before, old))));
        } else {
            long values = probe.values(SchemaNames.table(before), SchemaNames.column(old));
            dropColumns.add(PlannedChange.destructive(DROP_COLUMN, what + ": deletes its " + count(values, "value")
                    + " (column " + SchemaNames.column(old) + ")",
                    LiquibaseChanges.dropColumn(SchemaNames.table(before), SchemaNames.column(old))));
        }
        addField(before, after, neu);
    }

    private void dropField(Entity entity, Field field) {
        if (field.type() == FieldTypes.REFERENCES) {
            dropJunction(entity, field);
            return;
        }
        long values = probe.values(SchemaNames.table(entity), SchemaNames.column(field));
        dropColumns.add(PlannedChange.destructive(DROP_COLUMN, "Drop field " + entity.name() + "." + field.name()
                        + ": deletes column " + SchemaNames.column(field) + " holding " + count(values, "value"),
                LiquibaseChanges.dropColumn(SchemaNames.table(entity), SchemaNames.column(field))));
    }

    private void dropJunction(Entity entity, Field field) {
        String table = SchemaNames.junction(entity, field);
        long links = probe.rows(table);
        dropColumns.add(PlannedChange.destructive(DROP_JUNCTION, "Drop field " + entity.name() + "." + field.name()
                + ": deletes table " + table + " holding " + count(links, "link"), LiquibaseChanges.dropTable(table)));
    }

    /** Adds a field to an existing entity ({@code before} names the table as it is now). */
    private void addField(Entity before, Entity after, Field field) {
        if (field.type() != FieldTypes.REFERENCES) {
            String table = SchemaNames.table(before);
            long rows = probe.rows(table);
            String what = "Add field " + after.name() + "." + field.name() + " (" + describe(field) + ")";
            if (!field.required() || field.defaultValue() != null || rows == 0) {
                addColumns.add(PlannedChange.safe(ADD_COLUMN, what,
                        LiquibaseChanges.addColumn(after, field)));
            } else {
                Object empty = field.type().emptyValue(field).orElse(null);
                if (empty == null) {
                    blockers.add("The required field " + after.name() + "." + field.name() + " cannot be added: the "
                            + count(rows, "existing row") + " would need a " + field.type().name()
                            + " to point at. Add it as optional, fill it in, then make it required.");
                    return;
                }
                var column = LiquibaseChanges.column(field, true);
                LiquibaseChanges.setLiteral(column, empty);
                addColumns.add(PlannedChange.destructive(ADD_COLUMN, what + ": required without a default, so the "
                                + count(rows, "existing row") + " get " + shown(empty),
                        LiquibaseChanges.addColumn(after, column),
                        LiquibaseChanges.dropDefault(SchemaNames.table(after), SchemaNames.column(field),
                                LiquibaseChanges.sqlType(field))));
            }
        }
        addFieldExtras(after, field);
    }

    /** Keys, indexes and junction tables a field brings, added once every table exists. */
    private void addFieldExtras(Entity entity, Field field) {
        String table = SchemaNames.table(entity);
        if (field.type() == FieldTypes.REFERENCE) {
            addKeys.add(PlannedChange.safe(ADD_FOREIGN_KEY, "Link " + entity.name() + "." + field.name() + " to "
                            + field.target() + " (on delete " + field.onDeleteOrDefault().json() + ")",
                    LiquibaseChanges.addForeignKey(table, SchemaNames.column(field), SchemaNames.table(field.target()),
                            SchemaNames.foreignKey(entity, field), field.onDeleteOrDefault()),
                    LiquibaseChanges.createIndex(table, List.of(SchemaNames.column(field)),
                            SchemaNames.referenceIndex(entity, field))));
        }
        if (field.type() == FieldTypes.REFERENCES) {
            Entity target = dev.plinth.model.BuiltInEntities.target(desired, field.target()).orElseThrow();
            addKeys.add(PlannedChange.safe(CREATE_JUNCTION, "Create link table " + SchemaNames.junction(entity, field)
                            + " for " + entity.name() + "." + field.name() + " (many-to-many with " + field.target() + ")",
                    LiquibaseChanges.createJunction(entity, field, target).toArray(liquibase.change.Change[]::new)));
        }
        if (field.unique()) {
            addUniqueField(entity, field);
        }
    }

    private void compareField(Entity before, Entity after, Field old, Field neu) {
        String table = SchemaNames.table(after);
        String name = after.name() + "." + neu.name();
        if (old.type() == FieldTypes.REFERENCES) {
            String from = SchemaNames.junction(before, old);
            String to = SchemaNames.junction(after, neu);
            if (!from.equals(to)) {
                renames.add(PlannedChange.safe(RENAME_JUNCTION, "Rename link table " + from + " to " + to
                        + " (links kept)", LiquibaseChanges.renameTable(from, to)));
            }
            return;
        }
        String column = SchemaNames.column(neu);
        if (!SchemaNames.column(old).equals(column)) {
            renames.add(PlannedChange.safe(RENAME_COLUMN, "Rename field " + before.name() + "." + old.name() + " to "
                            + neu.name() + " (column " + SchemaNames.column(old) + " renamed to " + column + ", data kept)",
                    LiquibaseChanges.renameColumn(table, SchemaNames.column(old), column,
                            LiquibaseChanges.sqlType(old))));
        }
        compareType(before, name, table, old, neu);
        compareRequired(before, name, table, old, neu);
        if (!Objects.equals(old.defaultValue(), neu.defaultValue()) || !Objects.equals(old.type(), neu.type())
                && neu.defaultValue() != null) {
            alterColumns.add(neu.defaultValue() == null
                    ? PlannedChange.safe(DROP_DEFAULT, "Remove the default of " + name,
                    LiquibaseChanges.dropDefault(table, column, LiquibaseChanges.sqlType(neu)))
                    : PlannedChange.safe(SET_DEFAULT, "Set the default of " + name + " to " + neu.defaultValue(),
                    LiquibaseChanges.setDefault(table, neu)));
        }
        if (old.unique() && !neu.unique()) {
            dropIndexes.add(PlannedChange.safe(DROP_UNIQUE, "Allow repeated values in " + name,
                    LiquibaseChanges.dropUnique(SchemaNames.table(before), SchemaNames.unique(before, old))));
        } else if (!old.unique() && neu.unique()) {
            addUniqueField(after, neu);
        }
        if (neu.type() == FieldTypes.REFERENCE && old.onDeleteOrDefault() != neu.onDeleteOrDefault()) {
            dropKeys.add(PlannedChange.safe(DROP_FOREIGN_KEY, "Change what deleting a " + neu.target() + " does to "
                            + name + ": was on delete " + old.onDeleteOrDefault().json(),
                    LiquibaseChanges.dropForeignKey(SchemaNames.table(before), SchemaNames.foreignKey(before, old))));
            addKeys.add(PlannedChange.safe(ADD_FOREIGN_KEY, "Link " + name + " to " + neu.target() + " (on delete "
                            + neu.onDeleteOrDefault().json() + ")",
                    LiquibaseChanges.addForeignKey(table, column, SchemaNames.table(neu.target()), SchemaNames.foreignKey(after, neu),
                            neu.onDeleteOrDefault())));
        }
    }

    private void compareType(Entity before, String name, String table, Field old, Field neu) {
        Column from = old.type().column(old).orElseThrow();
        Column to = neu.type().column(neu).orElseThrow();
        if (from.equals(to)) {
            return;
        }
        String type = LiquibaseChanges.sqlType(to);
        String what = "Change field " + name + " from " + describe(old) + " to " + describe(neu) + " (column type "
                + LiquibaseChanges.sqlType(from) + " to " + type + ")";
        if (from.widensTo(to)) {
            alterColumns.add(PlannedChange.safe(CHANGE_TYPE, what, LiquibaseChanges.changeType(table,
                    SchemaNames.column(neu), type)));
        } else {
            long values = probe.values(SchemaNames.table(before), SchemaNames.column(old));
            alterColumns.add(PlannedChange.destructive(CHANGE_TYPE, what + ": the " + count(values, "existing value")
                    + " are converted, and the change fails if one does not fit", LiquibaseChanges.changeType(table,
                    SchemaNames.column(neu), type)));
        }
    }

    private void compareRequired(Entity before, String name, String table, Field old, Field neu) {
        if (old.required() && !neu.required()) {
            alterColumns.add(PlannedChange.safe(DROP_REQUIRED, "Make " + name + " optional",
                    LiquibaseChanges.dropRequired(table, neu)));
        } else if (!old.required() && neu.required()) {
            long nulls = probe.nulls(SchemaNames.table(before), SchemaNames.column(old));
            if (nulls == 0) {
                alterColumns.add(PlannedChange.safe(SET_REQUIRED, "Make " + name + " required",
                        LiquibaseChanges.setRequired(table, neu, null)));
                return;
            }
            Object fill = fillValue(neu);
            if (fill == null) {
                blockers.add("The field " + name + " cannot be made required: " + count(nulls, "row")
                        + " hold no value and nothing could stand in for it. Fill those rows in first.");
                return;
            }
            alterColumns.add(PlannedChange.destructive(SET_REQUIRED, "Make " + name + " required: "
                            + count(nulls, "row") + " hold no value and get " + shown(fill),
                    LiquibaseChanges.setRequired(table, neu, LiquibaseChanges.fillText(fill))));
        }
    }

    /** The value that fills empty rows: the field's default, or its type's empty value. */
    private static Object fillValue(Field field) {
        if (field.defaultValue() != null && !field.defaultValue().isNull()) {
            if (field.defaultValue().isTextual() && field.defaultValue().textValue().startsWith("$")) {
                return field.type().emptyValue(field).orElse(null);
            }
            try {
                return field.type().read(field.defaultValue(), field);
            } catch (dev.plinth.model.type.InvalidValueException e) {
                return null;
            }
        }
        return field.type().emptyValue(field).orElse(null);
    }

    private void addUniqueField(Entity entity, Field field) {
        String table = SchemaNames.table(entity);
        String column = SchemaNames.column(field);
        checkDuplicates(entity, List.of(column), entity.name() + "." + field.name());
        addIndexes.add(PlannedChange.safe(ADD_UNIQUE, "Require unique values in " + entity.name() + "." + field.name(),
                LiquibaseChanges.addUnique(table, List.of(column), SchemaNames.unique(entity, field))));
    }

    private void checkDuplicates(Entity entity, List<String> columns, String what) {
        Entity current = applied.entityById(entity.id()).orElse(null);
        if (current == null) {
            return;
        }
        List<String> existing = columns.stream().filter(c -> hasColumn(current, c)).toList();
        if (existing.size() == columns.size()) {
            long duplicates = probe.duplicates(SchemaNames.table(current), existing);
            if (duplicates > 0) {
                blockers.add("Values in " + what + " cannot be made unique: " + count(duplicates, "row")
                        + " repeat a value another row holds. Remove the repeats first.");
            }
        }
    }

    private static boolean hasColumn(Entity entity, String column) {
        return SchemaNames.SYSTEM_COLUMNS.contains(column) || entity.fields().stream()
                .anyMatch(f -> f.type() != FieldTypes.REFERENCES && SchemaNames.column(f).equals(column));
    }

    // ---- indexes and composite uniques ----

    private void compareIndexes(Entity before, Entity after, List<IndexDef> old, List<IndexDef> neu,
                                Set<String> recreated, boolean unique) {
        Map<List<String>, IndexDef> oldById = byFieldIds(before, old);
        Map<List<String>, IndexDef> newById = byFieldIds(after, neu);
        oldById.forEach((ids, index) -> {
            boolean touchesRecreated = ids.stream().anyMatch(recreated::contains);
            if (!newById.containsKey(ids) || touchesRecreated) {
                String table = SchemaNames.table(before);
                dropIndexes.add(unique
                        ? PlannedChange.safe(DROP_UNIQUE, "Allow repeated combinations of " + String.join(", ",
                        index.fields()) + " in " + before.name(), LiquibaseChanges.dropUnique(table,
                        SchemaNames.compositeUnique(before, index)))
                        : PlannedChange.safe(DROP_INDEX, "Drop the index on " + before.name() + " ("
                        + String.join(", ", index.fields()) + ")", LiquibaseChanges.dropIndex(table,
                        SchemaNames.index(before, index))));
            }
        });
        newById.forEach((ids, index) -> {
            if (!oldById.containsKey(ids) || ids.stream().anyMatch(recreated::contains)) {
                if (unique) {
                    addUnique(after, index);
                } else {
                    addIndex(after, index);
                }
            }
        });
    }

    private static Map<List<String>, IndexDef> byFieldIds(Entity entity, List<IndexDef> indexes) {
        return indexes.stream().collect(Collectors.toMap(i -> SchemaNames.fieldIds(entity, i), Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private void addIndex(Entity entity, IndexDef index) {
        addIndexes.add(PlannedChange.safe(CREATE_INDEX, "Index " + entity.name() + " on " + String.join(", ", index.fields()),
                LiquibaseChanges.createIndex(SchemaNames.table(entity), LiquibaseChanges.columns(entity, index),
                        SchemaNames.index(entity, index))));
    }

    private void addUnique(Entity entity, IndexDef unique) {
        List<String> columns = LiquibaseChanges.columns(entity, unique);
        checkDuplicates(entity, columns, entity.name() + " (" + String.join(", ", unique.fields()) + ")");
        addIndexes.add(PlannedChange.safe(ADD_UNIQUE, "Require unique combinations of " + String.join(", ",
                unique.fields()) + " in " + entity.name(), LiquibaseChanges.addUnique(SchemaNames.table(entity), columns,
                SchemaNames.compositeUnique(entity, unique))));
    }

    // ---- words ----

    private static String describe(Field field) {
        return switch (field.type().name()) {
            case "reference" -> "reference to " + field.target();
            case "references" -> "references to " + field.target();
            default -> field.type().name();
        };
    }

    private static String shown(Object value) {
        String text = value.toString();
        return text.isEmpty() ? "an empty text" : "the value " + text;
    }

    static String count(long n, String noun) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n) + " " + noun + plural(n);
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
