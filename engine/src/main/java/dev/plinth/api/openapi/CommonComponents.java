package dev.plinth.api.openapi;

import static dev.plinth.api.openapi.SchemaNodes.arrayOf;
import static dev.plinth.api.openapi.SchemaNodes.object;
import static dev.plinth.api.openapi.SchemaNodes.objectSchema;
import static dev.plinth.api.openapi.SchemaNodes.schemaRef;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.query.QueryLimits;
import dev.plinth.query.filter.FilterLimits;

/**
 * What every entity's operations share: the problem details of errors and the responses that carry them, the
 * {@code meta} of a page, the ETag and Location headers, and the query parameters of a list.
 */
final class CommonComponents {

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    static final String ETAG = "ETag";
    static final String LOCATION = "Location";

    /** Shared parameters, by the name of their component. */
    static final String ID = "id";
    static final String FILTER = "filter";
    static final String LIMIT = "limit";
    static final String OFFSET = "offset";
    static final String CURSOR = "cursor";
    static final String COUNT = "count";
    static final String IF_MATCH = "If-Match";

    /** The filter language in brief (dev.plinth.query.filter has it in full), as the description of {@code filter}. */
    static final String FILTER_HELP = """
            Only the rows that match this expression, in Plinth's filter language (the one role rules use), such as \
            `status = 'published' and author.name ~ 'ann'`.

            - Compare with `=` (case-sensitive on text), `!=`, `<`, `<=`, `>`, `>=`; on text also `~` (contains), \
            `!~` (does not contain) and `^~` (starts with), all three ignoring case.
            - `in (...)`, `not in (...)`, `is null`, `is not null`.
            - Combine with `and`, `or`, `not` and parentheses.
            - Texts in single or double quotes; numbers; `true`, `false`, `null`; variables `$user.id`, \
            `$user.email`, `$user.roles` (as the list of `in`) and `$now`.
            - Paths walk relations: `author.name = 'Ann'` means the author is named Ann, `tags.name = 'java'` that \
            some linked tag is named java. A comparison with an empty value is never true: ask with `is null`.""";

    private CommonComponents() {
    }

    static void addSchemas(ObjectNode schemas) {
        schemas.set(ComponentNames.PROBLEM, problem());
        schemas.set(ComponentNames.PROBLEM_ERROR, problemError());
        schemas.set(ComponentNames.LIST_META, listMeta());
    }

    /** RFC 9457 problem details, with Plinth's stable code and the errors of single fields. */
    private static ObjectNode problem() {
        ObjectNode schema = objectSchema()
                .put("description", "An error, as RFC 9457 problem details, served as " + PROBLEM_JSON + ".");
        schema.putArray("required").add("title").add("status").add("code");
        ObjectNode properties = schema.putObject("properties");
        properties.set("type", string("A URI naming the kind of problem.").put("format", "uri-reference"));
        properties.set("title", string("A short summary of the kind of problem."));
        properties.set("status", object().put("type", "integer").put("minimum", 100).put("maximum", 599)
                .put("description", "The HTTP status code."));
        properties.set("detail", string("What went wrong in this request, for people."));
        properties.set("instance", string("The request the problem occurred in.").put("format", "uri-reference"));
        properties.set("code", string("A stable code for programs to act on; it does not change with the wording."));
        properties.set("errors", arrayOf(schemaRef(ComponentNames.PROBLEM_ERROR))
                .put("description", "The problems found with single fields or parameters, when there are any."));
        return schema;
    }

    private static ObjectNode problemError() {
        ObjectNode schema = objectSchema();
        schema.putArray("required").add("code").add("message");
        ObjectNode properties = schema.putObject("properties");
        ObjectNode field = string("The field or parameter at fault, such as title, [2].title (the third row of a"
                + " create of many), filter or body; null when the problem is with the request as a whole.");
        field.putArray("type").add("string").add("null");
        properties.set("field", field);
        properties.set("code", string("The rule broken, such as required, maxLength, pattern or unique."));
        properties.set("message", string("What is wrong, for people."));
        return schema;
    }

    private static ObjectNode listMeta() {
        ObjectNode schema = objectSchema();
        ObjectNode properties = schema.putObject("properties");
        properties.set("total", object().put("type", "integer").put("format", "int64").put("minimum", 0)
                .put("description", "How many rows match the filter; present when count is exact or estimated."));
        properties.set("totalIsEstimate", object().put("type", "boolean").put("const", true)
                .put("description", "Present, and true, when total is an estimate."));
        properties.set("nextCursor", string("The cursor of the next page; absent on the last page."));
        return schema;
    }

    static void addResponses(ObjectNode responses) {
        for (ErrorResponse response : ErrorResponse.values()) {
            responses.set(response.component(), error(response.description()));
        }
    }

    private static ObjectNode error(String description) {
        ObjectNode response = object().put("description", description);
        response.putObject("content").putObject(PROBLEM_JSON).set("schema", schemaRef(ComponentNames.PROBLEM));
        return response;
    }

    static void addHeaders(ObjectNode headers) {
        headers.set(ETAG, header("The row's version, quoted: \"3\". Send it back in If-Match to update or delete"
                + " only that version.", string(null)));
        headers.set(LOCATION, header("The address of the new row.", string(null).put("format", "uri-reference")));
    }

    private static ObjectNode header(String description, ObjectNode schema) {
        ObjectNode header = object().put("description", description);
        header.set("schema", schema);
        return header;
    }

    static void addParameters(ObjectNode parameters) {
        parameters.set(ID, parameter(ID, "path", "The row's id.", string(null).put("format", "uuid"))
                .put("required", true));
        parameters.set(FILTER, parameter(FILTER, "query", FILTER_HELP,
                string(null).put("maxLength", FilterLimits.MAX_LENGTH)));
        parameters.set(LIMIT, parameter(LIMIT, "query", "The most rows to return.", object().put("type", "integer")
                .put("minimum", 1).put("maximum", QueryLimits.MAX_PAGE_SIZE)
                .put("default", QueryLimits.DEFAULT_PAGE_SIZE)));
        parameters.set(OFFSET, parameter(OFFSET, "query", "How many matching rows to skip; deeper pages go by cursor.",
                object().put("type", "integer").put("minimum", 0).put("maximum", QueryLimits.MAX_OFFSET)
                        .put("default", 0)));
        parameters.set(CURSOR, parameter(CURSOR, "query", "Where the page starts: the meta.nextCursor of the previous"
                + " page, passed as it came, with the same sort. Not together with offset.",
                string(null).put("maxLength", QueryLimits.MAX_CURSOR_LENGTH)));
        ObjectNode count = string(null).put("default", "none");
        count.putArray("enum").add("exact").add("estimated").add("none");
        parameters.set(COUNT, parameter(COUNT, "query", "Whether meta.total counts the matching rows: exact; estimated,"
                + " which is exact up to " + QueryLimits.ESTIMATE_EXACT_UP_TO + " rows and beyond that PostgreSQL's"
                + " estimate (or that number, for a filtered list); or none.", count));
        parameters.set(IF_MATCH, parameter(IF_MATCH, "header", "The version the change is based on, as the ETag gave"
                + " it: \"3\" (W/\"3\" and 3 work too; * or no header means any version). When the row has another"
                + " version now, the request fails with 412 and changes nothing.", string(null)));
    }

    static ObjectNode parameter(String name, String in, String description, ObjectNode schema) {
        ObjectNode parameter = object().put("name", name).put("in", in).put("description", description);
        parameter.set("schema", schema);
        return parameter;
    }

    /** A string schema, with a description unless it is {@code null}. */
    private static ObjectNode string(String description) {
        return SchemaNodes.putIfPresent(object().put("type", "string"), "description", description);
    }
}
