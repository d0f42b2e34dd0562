/**
 * The OpenAPI 3.1 document of the generated REST API, built from the model: one schema a row shape, one path a
 * collection and a row, every parameter, body, header and error the API uses.
 *
 * <p>{@link dev.plinth.api.openapi.OpenApiDocument} is the facade. {@code EntitySchemas} writes an entity's schemas
 * from the JSON Schema each field type gives for its values; {@code EntityOperations} writes its paths;
 * {@code CommonComponents} holds what every entity shares (problem details, paging, headers, parameters) and
 * {@code ErrorResponse} the error responses; {@code ComponentNames} keeps the names unique. A {@code Scope} says
 * which entities and actions the document shows, so a role can be shown only what it may do. Nothing here knows
 * HTTP: the document is a Jackson tree that a controller serves.
 */
package dev.plinth.api.openapi;
