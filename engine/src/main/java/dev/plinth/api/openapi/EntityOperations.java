package dev.plinth.api.openapi;

import static dev.plinth.api.openapi.CommonComponents.JSON;
import static dev.plinth.api.openapi.SchemaNodes.arrayOf;
import static dev.plinth.api.openapi.SchemaNodes.object;
import static dev.plinth.api.openapi.SchemaNodes.ref;
import static dev.plinth.api.openapi.SchemaNodes.schemaRef;
import static dev.plinth.api.openapi.SchemaNodes.sentences;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Entity;
import dev.plinth.query.Member;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.QueryLimits;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An entity's paths: {@code /api/<entity>} to list and create, {@code /api/<entity>/{id}} to get, update, replace
 * and delete, each operation with its parameters, body, responses and headers.
 */
final class EntityOperations {

    /** Where the generated API is served, below the server URL. */
    static final String API_PREFIX = "/api/";

    private final ModelIndex index;
    private final ComponentNames names;
    private final Scope scope;

    EntityOperations(ModelIndex index, ComponentNames names, Scope scope) {
        this.index = index;
        this.names = names;
        this.scope = scope;
    }

    /** Adds the entity's paths that hold at least one shown operation. */
    void addTo(ObjectNode paths, Entity entity) {
        ObjectNode collection = object();
        if (scope.reads(entity)) {
            collection.set("get", list(entity));
        }
        if (scope.creates(entity)) {
            collection.set("post", create(entity));
        }
        if (!collection.isEmpty()) {
            paths.set(API_PREFIX + entity.name(), collection);
        }
        ObjectNode row = object();
        if (scope.reads(entity)) {
            row.set("get", get(entity));
        }
        if (scope.updates(entity)) {
            row.set("patch", update(entity));
            row.set("put", replace(entity));
        }
        if (scope.deletes(entity)) {
            row.set("delete", delete(entity));
        }
        if (!row.isEmpty()) {
            row.putArray("parameters").add(ref("parameters", CommonComponents.ID));
            paths.set(API_PREFIX + entity.name() + "/{id}", row);
        }
    }

    private ObjectNode list(Entity entity) {
        ObjectNode operation = operation(entity, "list", "List " + entity.displayName() + " rows",
                "One page of rows, filtered, sorted, with the fields asked for and the relations expanded, in one"
                        + " request.");
        ArrayNode parameters = operation.putArray("parameters");
        parameters.add(ref("parameters", CommonComponents.FILTER));
        parameters.add(sort(entity));
        parameters.add(ref("parameters", CommonComponents.LIMIT));
        parameters.add(ref("parameters", CommonComponents.OFFSET));
        parameters.add(ref("parameters", CommonComponents.CURSOR));
        parameters.add(fields(entity));
        addExpand(parameters, entity);
        parameters.add(ref("parameters", CommonComponents.COUNT));
        ObjectNode responses = operation.putObject("responses");
        responses.set("200", rows("The page of rows, and meta.", names.listResponse(entity), false));
        errors(responses, ErrorResponse.BAD_REQUEST, ErrorResponse.FORBIDDEN);
        return operation;
    }

    private ObjectNode get(Entity entity) {
        ObjectNode operation = operation(entity, "get", "Get one " + entity.displayName() + " row", null);
        ArrayNode parameters = operation.putArray("parameters");
        parameters.add(fields(entity));
        addExpand(parameters, entity);
        ObjectNode responses = operation.putObject("responses");
        responses.set("200", rows("The row.", names.response(entity), true));
        errors(responses, ErrorResponse.BAD_REQUEST, ErrorResponse.FORBIDDEN, ErrorResponse.NOT_FOUND);
        return operation;
    }

    private ObjectNode create(Entity entity) {
        ObjectNode operation = operation(entity, "create", "Create one or more " + entity.displayName() + " rows",
                "Send one object to create one row, or an array of up to " + QueryLimits.MAX_BATCH_SIZE
                        + " objects to create them all or, when any fails, none.");
        ArrayNode parameters = operation.putArray("parameters");
        parameters.add(fields(entity));
        addExpand(parameters, entity);
        ObjectNode body = object().put("required", true);
        ObjectNode one = schemaRef(names.create(entity));
        ObjectNode many = arrayOf(schemaRef(names.create(entity)))
                .put("minItems", 1).put("maxItems", QueryLimits.MAX_BATCH_SIZE);
        body.putObject("content").putObject(JSON).putObject("schema").putArray("oneOf").add(one).add(many);
        operation.set("requestBody", body);
        ObjectNode responses = operation.putObject("responses");
        ObjectNode created = object().put("description", "The row created, with its Location and ETag; or, for an"
                + " array, the rows created in the order sent.");
        created.putObject("headers")
                .<ObjectNode>set(CommonComponents.LOCATION, ref("headers", CommonComponents.LOCATION))
                .set(CommonComponents.ETAG, ref("headers", CommonComponents.ETAG));
        created.putObject("content").putObject(JSON).putObject("schema").putArray("oneOf")
                .add(schemaRef(names.response(entity))).add(schemaRef(names.batchResponse(entity)));
        responses.set("201", created);
        errors(responses, ErrorResponse.BAD_REQUEST, ErrorResponse.FORBIDDEN, ErrorResponse.CONFLICT,
                ErrorResponse.CONTENT_TOO_LARGE, ErrorResponse.UNSUPPORTED_MEDIA_TYPE,
                ErrorResponse.UNPROCESSABLE_CONTENT);
        return operation;
    }

    private ObjectNode update(Entity entity) {
        ObjectNode operation = operation(entity, "update", "Update fields of one " + entity.displayName() + " row",
                "Changes the fields sent and keeps the others.");
        return write(operation, entity, names.update(entity));
    }

    private ObjectNode replace(Entity entity) {
        ObjectNode operation = operation(entity, "replace", "Replace one " + entity.displayName() + " row",
                "Sets every field: the body is the same as for a create, and fields left out become empty or take"
                        + " their default.");
        return write(operation, entity, names.create(entity));
    }

    /** A patch or put: If-Match, and fields and expand to shape the row returned. */
    private ObjectNode write(ObjectNode operation, Entity entity, String bodySchema) {
        ArrayNode parameters = operation.putArray("parameters").add(ref("parameters", CommonComponents.IF_MATCH));
        parameters.add(fields(entity));
        addExpand(parameters, entity);
        ObjectNode body = object().put("required", true);
        body.putObject("content").putObject(JSON).set("schema", schemaRef(bodySchema));
        operation.set("requestBody", body);
        ObjectNode responses = operation.putObject("responses");
        responses.set("200", rows("The row as it is now.", names.response(entity), true));
        errors(responses, ErrorResponse.BAD_REQUEST, ErrorResponse.FORBIDDEN, ErrorResponse.NOT_FOUND,
                ErrorResponse.CONFLICT, ErrorResponse.PRECONDITION_FAILED, ErrorResponse.CONTENT_TOO_LARGE,
                ErrorResponse.UNSUPPORTED_MEDIA_TYPE, ErrorResponse.UNPROCESSABLE_CONTENT);
        return operation;
    }

    private ObjectNode delete(Entity entity) {
        ObjectNode operation = operation(entity, "delete", "Delete one " + entity.displayName() + " row", null);
        operation.putArray("parameters").add(ref("parameters", CommonComponents.IF_MATCH));
        ObjectNode responses = operation.putObject("responses");
        responses.set("204", object().put("description", "The row is deleted."));
        errors(responses, ErrorResponse.BAD_REQUEST, ErrorResponse.FORBIDDEN, ErrorResponse.NOT_FOUND,
                ErrorResponse.CONFLICT, ErrorResponse.PRECONDITION_FAILED);
        return operation;
    }

    private ObjectNode operation(Entity entity, String verb, String summary, String description) {
        ObjectNode operation = object();
        operation.putArray("tags").add(entity.name());
        operation.put("operationId", names.operationId(verb, entity));
        operation.put("summary", summary);
        return SchemaNodes.putIfPresent(operation, "description", description);
    }

    /** A 200 or 201 answer of rows, with the ETag header when it holds one row. */
    private static ObjectNode rows(String description, String schema, boolean withEtag) {
        ObjectNode response = object().put("description", description);
        if (withEtag) {
            response.putObject("headers").set(CommonComponents.ETAG, ref("headers", CommonComponents.ETAG));
        }
        response.putObject("content").putObject(JSON).set("schema", schemaRef(schema));
        return response;
    }

    private static void errors(ObjectNode responses, ErrorResponse... errors) {
        for (ErrorResponse error : errors) {
            responses.set(error.status(), ref("responses", error.component()));
        }
    }

    private ObjectNode sort(Entity entity) {
        return commaList("sort", sentences("The members to sort by, comma-separated, at most "
                + QueryLimits.MAX_SORT_KEYS + "; a leading - sorts descending. JSON fields and relations to many rows"
                + " give no order.", pathExample(entity).map(path -> "Paths through references work too, such as "
                + path + ".").orElse(null)), "-createdAt", QueryLimits.MAX_SORT_KEYS);
    }

    private ObjectNode fields(Entity entity) {
        return commaList("fields", sentences("The members each row holds, comma-separated; id and version are always"
                + " there. Without fields, rows hold every member but inverse relations.", pathExample(entity)
                .map(path -> "A path embeds the related row with the members named, such as " + path + ".")
                .orElse(null), "Members of " + entity.name() + ": " + join(shownMembers(entity)) + "."),
                "id", QueryLimits.MAX_FIELDS);
    }

    /** A path through the entity's first reference to an entity that may be read, such as {@code author.name}. */
    private Optional<String> pathExample(Entity entity) {
        return index.members(entity).stream()
                .flatMap(member -> member instanceof Member.ToOne toOne ? Stream.of(toOne) : Stream.empty())
                .filter(toOne -> scope.reads(toOne.target()) && !toOne.target().fields().isEmpty())
                .map(toOne -> toOne.name() + "." + toOne.target().fields().get(0).name())
                .findFirst();
    }

    /** Adds {@code expand} when the entity has relations to entities that may be read. */
    private void addExpand(ArrayNode parameters, Entity entity) {
        List<Member> relations = expandable(entity);
        if (!relations.isEmpty()) {
            String deeper = relations.stream()
                    .flatMap(relation -> expandable(target(relation)).stream()
                            .map(further -> relation.name() + "." + further.name()))
                    .findFirst()
                    .map(path -> "A path such as " + path + " expands the relations of embedded rows too.")
                    .orElse(null);
            String limits = "Paths go at most " + QueryLimits.MAX_EXPAND_DEPTH + " relations deep, and a request"
                    + " expands at most " + QueryLimits.MAX_EXPANSIONS + " relations in all; a relation to many rows"
                    + " embeds the first " + QueryLimits.MAX_EXPANDED_ROWS + " by id.";
            parameters.add(commaList("expand", sentences("The relations to embed as rows instead of ids,"
                    + " comma-separated.", deeper, limits, "Relations of " + entity.name() + ": " + join(relations)
                    + "."), relations.get(0).name(), null));
        }
    }

    /** A query parameter that takes a comma-separated list: an array, written {@code a,b,c}, of at most {@code max}. */
    private static ObjectNode commaList(String name, String description, String example, Integer max) {
        ObjectNode items = arrayOf(object().put("type", "string"));
        if (max != null) {
            items.put("maxItems", max);
        }
        ObjectNode parameter = CommonComponents.parameter(name, "query", description, items);
        parameter.put("style", "form").put("explode", false);
        parameter.putArray("example").add(example);
        return parameter;
    }

    /** The entity's members a row in this document may hold: all but inverse relations from unreadable entities. */
    private List<Member> shownMembers(Entity entity) {
        return index.members(entity).stream()
                .filter(member -> !(member instanceof Member.ToMany toMany) || toMany.isManyToMany()
                        || scope.reads(toMany.target()))
                .toList();
    }

    /** The entity's relations to entities that may be read. */
    private List<Member> expandable(Entity entity) {
        return index.members(entity).stream()
                .filter(member -> !(member instanceof Member.Scalar) && scope.reads(target(member)))
                .toList();
    }

    private static Entity target(Member relation) {
        return relation instanceof Member.ToOne toOne ? toOne.target() : ((Member.ToMany) relation).target();
    }

    private static String join(List<Member> members) {
        return members.stream().map(Member::name).collect(Collectors.joining(", "));
    }
}
