package dev.plinth.admin.roles;

import dev.plinth.model.Action;
import dev.plinth.model.Entity;
import dev.plinth.model.Model;
import dev.plinth.model.Role;
import dev.plinth.query.ModelIndex;
import dev.plinth.security.Explanation;
import dev.plinth.security.Permissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Every role against every entity and action, as the engine explains it: one table per entity, a row per role
 * ({@code anonymous}, {@code authenticated}, the model's roles, then {@code admin}, which may do everything), a cell
 * per action saying whether the role may do it on every row, on some rows, or not at all.
 *
 * @param tables one per entity of the model
 */
public record Matrix(List<EntityTable> tables) {

    /** A cell's state: allowed on every row. */
    public static final String ALLOWED = "allowed";
    /** Allowed on the rows a filter lets through. */
    public static final String FILTERED = "filtered";
    public static final String DENIED = "denied";

    public record EntityTable(String entity, String label, List<Row> rows) {
    }

    /** @param everything whether this is {@code admin}, which has no rules and may do everything */
    public record Row(String role, String label, boolean everything, List<Cell> cells) {
    }

    /** @param detail the rows it applies to, as a filter, for the cell's tooltip */
    public record Cell(String action, String state, String words, String detail) {
    }

    static Matrix of(Model model) {
        Permissions permissions = Permissions.of(new ModelIndex(model));
        List<EntityTable> tables = new ArrayList<>();
        for (Entity entity : model.entities()) {
            List<Row> rows = new ArrayList<>();
            for (String role : roleNames(model)) {
                List<Cell> cells = new ArrayList<>();
                for (Action action : Action.values()) {
                    cells.add(cell(permissions.explain(role, entity, action)));
                }
                rows.add(new Row(role, label(model, role), false, cells));
            }
            rows.add(new Row(Role.ADMIN, label(model, Role.ADMIN), true, List.of()));
            tables.add(new EntityTable(entity.name(), entity.displayName(), rows));
        }
        return new Matrix(tables);
    }

    /** The roles that have rules: the two built-in ones, then the model's, in file order. */
    static List<String> roleNames(Model model) {
        List<String> names = new ArrayList<>(List.of(Role.ANONYMOUS, Role.AUTHENTICATED));
        model.roles().stream().map(Role::name).filter(name -> !names.contains(name)).forEach(names::add);
        return names;
    }

    static String label(Model model, String role) {
        String label = model.role(role).map(Role::label).orElse(null);
        if (label != null && !label.isBlank()) {
            return label;
        }
        return switch (role) {
            case Role.ANONYMOUS -> "Visitors (not signed in)";
            case Role.AUTHENTICATED -> "Everyone signed in";
            case Role.ADMIN -> "Admins";
            default -> role;
        };
    }

    private static Cell cell(Explanation explanation) {
        String action = explanation.action().json();
        if (!explanation.allowed()) {
            return new Cell(action, DENIED, "denied", "No rule allows this.");
        }
        if (Explanation.EVERY_ROW.equals(explanation.rows())) {
            return new Cell(action, ALLOWED, "allowed", "Every row.");
        }
        return new Cell(action, FILTERED, "some rows", "Rows where " + explanation.rows());
    }
}
