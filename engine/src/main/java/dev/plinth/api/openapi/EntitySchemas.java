package dev.plinth.api.openapi;

import static dev.plinth.api.openapi.SchemaNodes.anyOf;
import static dev.plinth.api.openapi.SchemaNodes.arrayOf;
import static dev.plinth.api.openapi.SchemaNodes.nullable;
import static dev.plinth.api.openapi.SchemaNodes.objectSchema;
import static dev.plinth.api.openapi.SchemaNodes.putIfPresent;
import static dev.plinth.api.openapi.SchemaNodes.schemaRef;
import static dev.plinth.api.openapi.SchemaNodes.sentences;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.SystemFields;
import dev.plinth.model.type.FieldTypes;
import dev.plinth.model.type.ReferencesType;
import dev.plinth.model.type.Temporal;
import dev.plinth.query.Member;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.QueryLimits;

/**
 * An entity's schemas: the row as the API returns it ({@code Post}), the bodies of a create or full replace
 * ({@code PostCreate}) and of a partial update ({@code PostUpdate}), and the {@code data} envelopes around rows.
 * Each value's schema comes from its field type; this class adds what the field and the direction add: null for
 * optional fields, required fields, defaults, read-only system fields, and the rows that expanded relations embed.
 */
final class EntitySchemas {

    private final ModelIndex index;
    private final ComponentNames names;
    private final Scope scope;

    EntitySchemas(ModelIndex index, ComponentNames names, Scope scope) {
        this.index = index;
        this.names = names;
        this.scope = scope;
    }

    /** Adds the schemas the shown operations on {@code entity} use. */
    void addTo(ObjectNode schemas, Entity entity) {
        if (scope.returnsRows(entity)) {
            schemas.set(names.row(entity), row(entity));
        }
        if (scope.creates(entity) || scope.updates(entity)) {
            schemas.set(names.create(entity), create(entity));
        }
        if (scope.updates(entity)) {
            schemas.set(names.update(entity), update(entity));
        }
        if (scope.returnsRows(entity)) {
            schemas.set(names.response(entity), envelope(schemaRef(names.row(entity)), false));
        }
        if (scope.reads(entity)) {
            schemas.set(names.listResponse(entity), envelope(arrayOf(schemaRef(names.row(entity))), true));
        }
        if (scope.creates(entity)) {
            schemas.set(names.batchResponse(entity), envelope(arrayOf(schemaRef(names.row(entity))), false));
        }
    }

    /**
     * The row: id, the fields, the other system fields, then the inverse relations. Only id and version are required:
     * {@code fields} may ask for fewer members, and inverse relations appear only when asked for.
     */
    ObjectNode row(Entity entity) {
        ObjectNode schema = objectSchema();
        putIfPresent(schema, "description", sentences(entity.description(),
                "A row holds every member but inverse relations, unless the request names the members it wants with"
                        + " fields; id and version are always there."));
        schema.putArray("required").add(SystemFields.ID.name()).add(SystemFields.VERSION.name());
        ObjectNode properties = schema.putObject("properties");
        for (Member member : index.members(entity)) {
            ObjectNode property = readProperty(member);
            if (property != null) {
                properties.set(member.name(), property);
            }
        }
        return schema;
    }

    /** A member's schema in a row, or {@code null} when it leads to rows the document may not show. */
    private ObjectNode readProperty(Member member) {
        if (member instanceof Member.Scalar scalar) {
            Field field = scalar.field();
            ObjectNode schema = described(optional(field, field.type().jsonSchema(field)), field, null);
            if (SystemFields.isSystem(field)) {
                schema.put("readOnly", true);
            }
            return schema;
        }
        if (member instanceof Member.ToOne toOne) {
            Field field = toOne.field();
            ObjectNode id = field.type().jsonSchema(field);
            if (!scope.reads(toOne.target())) {
                return described(optional(field, id), field, "The id of the " + field.target() + " row it points to.");
            }
            return described(optional(field, anyOf(id, schemaRef(names.row(toOne.target())))), field,
                    "The id of the " + field.target() + " row it points to, or that row when expanded.");
        }
        Member.ToMany toMany = (Member.ToMany) member;
        boolean showsTarget = scope.reads(toMany.target());
        if (!toMany.isManyToMany()) {
            if (!showsTarget) {
                return null;
            }
            ObjectNode schema = arrayOf(anyOf(SystemFields.ID.type().jsonSchema(SystemFields.ID),
                    schemaRef(names.row(toMany.target()))));
            schema.put("description", "The " + toMany.target().name() + " rows whose " + toMany.field().name()
                    + " is this row, the first " + QueryLimits.MAX_EXPANDED_ROWS + " by id: their ids when fields"
                    + " names it, the rows when expanded; absent otherwise.");
            return schema.put("readOnly", true);
        }
        Field field = toMany.field();
        ObjectNode schema = field.type().jsonSchema(field);
        if (!showsTarget) {
            return described(schema, field, "The ids of the " + field.target() + " rows it links to.");
        }
        schema.set("items", anyOf(schema.get("items"), schemaRef(names.row(toMany.target()))));
        return described(schema, field, "The ids of the " + field.target() + " rows it links to; expanded, the first "
                + QueryLimits.MAX_EXPANDED_ROWS + " of those rows by id.");
    }

    /** The body of a create, also of a full replace: the entity's own fields; required ones without a default required. */
    ObjectNode create(Entity entity) {
        return writeBody(entity, true);
    }

    /** The body of a partial update: the fields sent change, the others keep their values. */
    ObjectNode update(Entity entity) {
        return writeBody(entity, false);
    }

    private ObjectNode writeBody(Entity entity, boolean create) {
        ObjectNode schema = objectSchema();
        putIfPresent(schema, "description", sentences(entity.description(),
                "System fields (id, createdAt, updatedAt, createdBy, updatedBy, version) are set by Plinth and may"
                        + " not be sent."));
        if (create) {
            ArrayNode required = SchemaNodes.NODES.arrayNode();
            entity.fields().stream()
                    .filter(field -> field.required() && field.defaultValue() == null)
                    .forEach(field -> required.add(field.name()));
            if (!required.isEmpty()) {
                schema.set("required", required);
            }
        }
        ObjectNode properties = schema.putObject("properties");
        for (Field field : entity.fields()) {
            properties.set(field.name(), writeProperty(field, create));
        }
        return schema.put("additionalProperties", false);
    }

    private ObjectNode writeProperty(Field field, boolean withDefault) {
        ObjectNode schema = field.type().inputSchema(field);
        String note = null;
        if (field.type() == FieldTypes.REFERENCE) {
            note = "The id of the " + field.target() + " row it points to.";
        } else if (field.type() == FieldTypes.REFERENCES) {
            note = "The ids of the " + field.target() + " rows it links to, at most "
                    + ReferencesType.MAX_LINKS_PER_WRITE + "; an id listed twice counts once, and null is no link.";
        }
        JsonNode defaultValue = withDefault ? field.defaultValue() : null;
        if (defaultValue != null && Temporal.NOW.equals(defaultValue.asText(null))) {
            note = sentences(note, "Left out, it is the moment the row is created.");
            defaultValue = null;
        }
        schema = described(field.required() ? schema : nullable(schema), field, note);
        if (defaultValue != null) {
            schema.set("default", defaultValue);
        }
        return schema;
    }

    /** The field's schema in a row: null unless the field is required; a many-to-many list is never null. */
    private static ObjectNode optional(Field field, ObjectNode schema) {
        return field.required() || field.type() == FieldTypes.REFERENCES ? schema : nullable(schema);
    }

    /** The schema with the field's label as title and its description, followed by {@code note}, in front. */
    private static ObjectNode described(ObjectNode schema, Field field, String note) {
        ObjectNode described = SchemaNodes.object();
        putIfPresent(described, "title", field.label());
        putIfPresent(described, "description", sentences(field.description(), note));
        return described.setAll(schema);
    }

    /** {@code {"data": ...}}, with {@code "meta"} for a page of a list. */
    private static ObjectNode envelope(ObjectNode data, boolean withMeta) {
        ObjectNode schema = objectSchema();
        ArrayNode required = schema.putArray("required").add("data");
        ObjectNode properties = schema.putObject("properties");
        properties.set("data", data);
        if (withMeta) {
            required.add("meta");
            properties.set("meta", schemaRef(ComponentNames.LIST_META));
        }
        return schema;
    }
}
