package dev.plinth.admin.data;

import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.SystemFields;
import dev.plinth.model.type.FieldTypes;
import dev.plinth.query.ModelIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One column of the data table: a field of the entity, how it is headed, and for a relation the entity it leads to
 * and the field that labels that entity's rows.
 *
 * @param field       the field shown
 * @param target      for a reference or many-to-many field, the entity it points to; otherwise {@code null}
 * @param targetLabel the field labelling the target's rows, or {@code null}
 * @param linkable    whether the target has pages of its own (built-in entities such as {@code user} do not)
 */
record Column(Field field, Entity target, Field targetLabel, boolean linkable) {

    /** How many columns the table shows when the person has not chosen. */
    static final int DEFAULT_COLUMNS = 8;
    /** Widgets whose values are too long for a table cell unless asked for. */
    private static final Set<String> LONG = Set.of("textarea", "json", "uuid");

    public String name() {
        return field.name();
    }

    public String header() {
        if (field == SystemFields.CREATED_AT) {
            return "Created";
        }
        return field == SystemFields.UPDATED_AT ? "Last changed" : field.displayName();
    }

    public String widget() {
        return field.type().widget();
    }

    public boolean numeric() {
        return widget().equals("number") || widget().equals("decimal");
    }

    /** Whether the table can sort by this column (relations sort by their label; many-to-many not at all). */
    public boolean sortable() {
        return !widget().equals("references") && !widget().equals("json");
    }

    /** What the engine sorts by for this column: a reference by its target's label, anything else by itself. */
    String sortPath() {
        return widget().equals("reference") && targetLabel != null ? name() + "." + targetLabel.name() : name();
    }

    /** The member paths a list must select to show this column. */
    List<String> paths() {
        if (target == null) {
            return List.of(name());
        }
        return targetLabel == null ? List.of(name()) : List.of(name() + ".id", name() + "." + targetLabel.name());
    }

    static Column of(ModelIndex index, Field field) {
        if (!FieldTypes.isRelation(field.type())) {
            return new Column(field, null, null, false);
        }
        Entity target = index.target(field.target()).orElse(null);
        return new Column(field, target, target == null ? null : Labels.field(target).orElse(null),
                target != null && index.entity(target.name()).isPresent());
    }

    /** Every column a person may choose: the entity's fields, then when each row was created and last updated. */
    static List<Column> all(ModelIndex index, Entity entity) {
        List<Column> columns = new ArrayList<>();
        entity.fields().forEach(f -> columns.add(of(index, f)));
        columns.add(of(index, SystemFields.CREATED_AT));
        columns.add(of(index, SystemFields.UPDATED_AT));
        return columns;
    }

    /** The columns a person may choose to show: all but the label field, which every row shows first. */
    static List<Column> choosable(ModelIndex index, Entity entity) {
        String label = Labels.field(entity).map(Field::name).orElse(null);
        return all(index, entity).stream().filter(c -> !c.name().equals(label)).toList();
    }

    /**
     * The columns shown: those {@code chosen} by name, in model order, or by default up to {@link #DEFAULT_COLUMNS}
     * short fields, required ones before optional ones, then shown in model order. The entity's label field is left
     * out: the first column of every row shows it, linked to the row.
     */
    static List<Column> shown(ModelIndex index, Entity entity, List<String> chosen) {
        List<Column> candidates = choosable(index, entity);
        if (!chosen.isEmpty()) {
            return candidates.stream().filter(c -> chosen.contains(c.name())).toList();
        }
        List<Column> compact = candidates.stream()
                .filter(c -> !LONG.contains(c.widget()) && !SystemFields.isSystem(c.field())).toList();
        List<Column> picked = new ArrayList<>();
        compact.stream().filter(c -> c.field().required()).forEach(picked::add);
        compact.stream().filter(c -> !c.field().required()).forEach(picked::add);
        List<Column> first = picked.subList(0, Math.min(DEFAULT_COLUMNS, picked.size()));
        return compact.stream().filter(first::contains).toList();
    }
}
