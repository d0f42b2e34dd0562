package dev.plinth.api.openapi;

import static dev.plinth.api.openapi.SchemaNodes.object;
import static dev.plinth.api.openapi.SchemaNodes.putIfPresent;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Action;
import dev.plinth.model.Entity;
import dev.plinth.model.Model;
import dev.plinth.query.ModelIndex;
import dev.plinth.schema.ModelHash;
import java.util.function.BiPredicate;

/**
 * The OpenAPI 3.1 document of the REST API that Plinth serves for a model: every entity's schemas and operations,
 * built from the model alone. The document is a new Jackson tree on every call; the caller may change it.
 *
 * <p>A predicate of entities and actions narrows the document to what someone may do: an entity that may not be read
 * has no list or get, and rows of other entities do not embed it.
 */
public final class OpenApiDocument {

    /** The version of OpenAPI the document is written in. */
    public static final String OPENAPI_VERSION = "3.1.0";
    /** How many hex digits of the model hash make the document's version when no model version is given. */
    static final int HASH_DIGITS = 12;

    private OpenApiDocument() {
    }

    /**
     * The whole API, versioned by the model's hash.
     *
     * @param serverUrl where the API is served, without {@code /api}, such as {@code https://example.com}; or
     *                  {@code null} to leave servers out, so that clients use the document's own address
     */
    public static ObjectNode build(ModelIndex index, String serverUrl) {
        return build(index, serverUrl, hashVersion(index.model()), Scope.EVERYTHING);
    }

    /** The whole API, versioned by the applied model version. */
    public static ObjectNode build(ModelIndex index, String serverUrl, int modelVersion) {
        return build(index, serverUrl, Integer.toString(modelVersion), Scope.EVERYTHING);
    }

    /** What {@code include} lets through, versioned by the model's hash. */
    public static ObjectNode build(ModelIndex index, String serverUrl, BiPredicate<Entity, Action> include) {
        return build(index, serverUrl, hashVersion(index.model()), new Scope(include));
    }

    /**
     * What {@code include} lets through, versioned by the applied model version.
     *
     * @param include whether the document shows an action on an entity: {@link Action#READ} is list and get,
     *                {@link Action#UPDATE} is patch and put
     */
    public static ObjectNode build(ModelIndex index, String serverUrl, int modelVersion,
                                   BiPredicate<Entity, Action> include) {
        return build(index, serverUrl, Integer.toString(modelVersion), new Scope(include));
    }

    private static ObjectNode build(ModelIndex index, String serverUrl, String version, Scope scope) {
        ComponentNames names = new ComponentNames(index.entities());
        EntitySchemas schemas = new EntitySchemas(index, names, scope);
        EntityOperations operations = new EntityOperations(index, names, scope);

        ObjectNode document = object().put("openapi", OPENAPI_VERSION);
        document.set("info", info(index.model(), version));
        if (serverUrl != null) {
            document.putArray("servers").addObject().put("url", serverUrl);
        }
        ArrayNode tags = document.putArray("tags");
        ObjectNode paths = document.putObject("paths");
        ObjectNode components = document.putObject("components");
        ObjectNode componentSchemas = components.putObject("schemas");
        for (Entity entity : index.entities()) {
            if (scope.showsAny(entity)) {
                tags.add(tag(entity));
                operations.addTo(paths, entity);
                schemas.addTo(componentSchemas, entity);
            }
        }
        CommonComponents.addSchemas(componentSchemas);
        CommonComponents.addResponses(components.putObject("responses"));
        CommonComponents.addParameters(components.putObject("parameters"));
        CommonComponents.addHeaders(components.putObject("headers"));
        return document;
    }

    private static ObjectNode info(Model model, String version) {
        ObjectNode info = object().put("title", model.label() != null ? model.label() : model.name());
        putIfPresent(info, "description", model.description());
        return info.put("version", version);
    }

    private static ObjectNode tag(Entity entity) {
        ObjectNode tag = object().put("name", entity.name());
        return putIfPresent(tag, "description", SchemaNodes.sentences(
                entity.label() != null ? entity.label() + "." : null, entity.description()));
    }

    private static String hashVersion(Model model) {
        return ModelHash.of(model).substring(0, HASH_DIGITS);
    }
}
