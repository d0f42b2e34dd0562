package dev.plinth.query.write;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.type.Constraints;
import dev.plinth.model.type.FieldTypes;
import dev.plinth.model.type.InvalidValueException;
import dev.plinth.query.Member;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.QueryException.FieldError;
import dev.plinth.query.Shown;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks the values of one row against its entity before any SQL: known, writable fields; types; required;
 * lengths, pattern, range and enum values. Every error of the row is collected, named by its field.
 */
public final class RowValidator {

    private final ModelIndex index;

    public RowValidator(ModelIndex index) {
        this.index = index;
    }

    /**
     * The row's values, with every problem added to {@code errors} (fields named with {@code prefix}, such as
     * {@code [2].}, in a batch).
     */
    public RowValues check(Entity entity, JsonNode body, WriteMode mode, String prefix, List<FieldError> errors) {
        return check(entity, body, mode, prefix, errors, dev.plinth.query.Access.ALL);
    }

    /**
     * Checks the row as {@link #check(Entity, JsonNode, WriteMode, String, List)} does, and first that the caller may
     * write every field the body names: a field its role may not write is refused as FORBIDDEN, naming it.
     */
    public RowValues check(Entity entity, JsonNode body, WriteMode mode, String prefix, List<FieldError> errors,
                           dev.plinth.query.Access access) {
        dev.plinth.model.Action action = mode == WriteMode.CREATE ? dev.plinth.model.Action.CREATE
                : dev.plinth.model.Action.UPDATE;
        List<FieldError> forbidden = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            index.member(entity, name).filter(m -> !access.canWrite(entity, action, m)).ifPresent(m ->
                    forbidden.add(new FieldError(prefix + name, "forbidden", "you may not write " + name)));
        }
        if (!forbidden.isEmpty()) {
            throw new dev.plinth.query.QueryException(dev.plinth.query.QueryException.Kind.FORBIDDEN,
                    "permission.field", forbidden.size() == 1 ? forbidden.get(0).message()
                    : "you may not write " + forbidden.size() + " of these fields", forbidden);
        }
        Map<Member, Object> columns = new LinkedHashMap<>();
        Map<Member.ToMany, List<UUID>> links = new LinkedHashMap<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Member member = index.member(entity, name).orElse(null);
            String at = prefix + name;
            if (member == null) {
                errors.add(new FieldError(at, "unknown",
                        entity.name() + " has no field '" + Shown.shortened(name) + "'"));
            } else if (member instanceof Member.Scalar scalar && dev.plinth.model.SystemFields.isSystem(scalar.field())) {
                errors.add(new FieldError(at, "readOnly", name + " is maintained by Plinth and cannot be written"));
            } else if (member instanceof Member.ToMany many && !many.isManyToMany()) {
                errors.add(new FieldError(at, "readOnly", name + " lists " + many.target().name() + " rows; set their "
                        + many.field().name() + " field instead"));
            }
        }
        for (Field field : entity.fields()) {
            Member member = index.member(entity, field.name()).orElseThrow();
            String at = prefix + field.name();
            JsonNode value = body.get(field.name());
            if (value == null) {
                if (mode == WriteMode.PATCH || !access.canWrite(entity, action, member)
                        || mode == WriteMode.CREATE && access.presets(entity).containsKey(member)) {
                    continue;
                }
                if (field.type() == FieldTypes.REFERENCES) {
                    links.put((Member.ToMany) member, List.of());
                } else if (field.defaultValue() != null) {
                    columns.put(member, RowValues.DEFAULT);
                } else if (field.required()) {
                    errors.add(new FieldError(at, "required", field.name() + " is required"));
                } else if (mode == WriteMode.REPLACE) {
                    columns.put(member, null);
                }
                continue;
            }
            if (value.isNull()) {
                if (field.type() == FieldTypes.REFERENCES) {
                    links.put((Member.ToMany) member, List.of());
                } else if (field.required()) {
                    errors.add(new FieldError(at, "required", field.name() + " is required and cannot be null"));
                } else {
                    columns.put(member, null);
                }
                continue;
            }
            try {
                Object read = field.type().read(value, field);
                Constraints.check(field, read);
                if (field.type() == FieldTypes.REFERENCES) {
                    @SuppressWarnings("unchecked")
                    List<UUID> ids = (List<UUID>) read;
                    links.put((Member.ToMany) member, ids);
                } else {
                    columns.put(member, read);
                }
            } catch (InvalidValueException e) {
                errors.add(new FieldError(at, e.code(), field.name() + " " + e.getMessage() + ", not " + shown(value)));
            }
        }
        return new RowValues(columns, links);
    }

    /** A value as it may be repeated in a message: short, and its JSON form. */
    static String shown(JsonNode value) {
        return Shown.shortened(value.toString());
    }

    /** Every reference written in these rows, by target entity: what must exist before the write. */
    public static Map<Entity, List<ReferenceUse>> references(List<RowValues> rows) {
        Map<Entity, List<ReferenceUse>> byTarget = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            RowValues row = rows.get(i);
            for (Map.Entry<Member, Object> column : row.columns().entrySet()) {
                if (column.getKey() instanceof Member.ToOne one && column.getValue() instanceof UUID id) {
                    byTarget.computeIfAbsent(one.target(), t -> new ArrayList<>()).add(new ReferenceUse(i, one.name(), id));
                }
            }
            for (Map.Entry<Member.ToMany, List<UUID>> link : row.links().entrySet()) {
                for (UUID id : link.getValue()) {
                    byTarget.computeIfAbsent(link.getKey().target(), t -> new ArrayList<>())
                            .add(new ReferenceUse(i, link.getKey().name(), id));
                }
            }
        }
        return byTarget;
    }

    /** One id a row points to through one field. */
    public record ReferenceUse(int row, String field, UUID id) {
    }
}
