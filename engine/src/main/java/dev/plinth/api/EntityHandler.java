package dev.plinth.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Action;
import dev.plinth.model.Entity;
import dev.plinth.model.type.Uuids;
import dev.plinth.query.Access;
import dev.plinth.query.QueryException;
import dev.plinth.query.QueryException.FieldError;
import dev.plinth.query.Shown;
import dev.plinth.query.read.ListResult;
import dev.plinth.query.read.RowResult;
import dev.plinth.query.read.Selection;
import dev.plinth.query.write.RowValues;
import dev.plinth.query.write.WriteBodies;
import dev.plinth.query.write.WriteMode;
import dev.plinth.query.write.Writes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * {@code /api/{entity}} and {@code /api/{entity}/{id}} for every entity of the applied model: reads the request
 * (path, parameters, body, {@code If-Match}), calls the query stages, and writes the JSON the query stage produced, or the
 * problem+json of whatever refused it.
 *
 * <p>A plain {@link HttpRequestHandler} that {@link ApiHandlerMapping} finds first, not an annotated controller: every
 * API request would otherwise be matched against every mapping of the application (twice, once more for Spring
 * Security's matchers), its arguments resolved by reflection and its answer passed through the message converters.
 * Those were a third of the CPU of a single-row read (profiled with the benchmark's {@code get}).
 */
final class EntityHandler implements HttpRequestHandler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LIST_METHODS = List.of("GET", "HEAD", "POST", "OPTIONS");
    private static final List<String> ROW_METHODS = List.of("GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final ApiModel model;
    private final Caller caller;
    private final ProblemHandler problems;

    EntityHandler(ApiModel model, Caller caller, ProblemHandler problems) {
        this.model = model;
        this.caller = caller;
        this.problems = problems;
    }

    /** What a request is answered with when it succeeds; {@code body} {@code null} for none. */
    private record Answer(int status, String body, String eTag, String location) {

        static Answer ok(String body) {
            return new Answer(HttpServletResponse.SC_OK, body, null, null);
        }
    }

    @Override
    public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] segments = ApiPaths.segments(request);
        List<String> methods = segments.length == 1 ? LIST_METHODS : ROW_METHODS;
        if (request.getMethod().equals("OPTIONS")) {
            response.setHeader(HttpHeaders.ALLOW, String.join(",", methods));
            return;
        }
        Answer answer;
        try {
            answer = segments.length == 1 ? onList(request, ApiPaths.decode(segments[0]))
                    : onRow(request, ApiPaths.decode(segments[0]), ApiPaths.decode(segments[1]));
        } catch (Exception refused) {
            problems.write(refused, request, response);
            return;
        }
        write(answer, request, response);
    }

    private Answer onList(HttpServletRequest request, String entity) throws HttpRequestMethodNotSupportedException {
        return switch (request.getMethod()) {
            case "GET", "HEAD" -> list(entity, request);
            case "POST" -> create(entity, request);
            default -> throw new HttpRequestMethodNotSupportedException(request.getMethod(), LIST_METHODS);
        };
    }

    private Answer onRow(HttpServletRequest request, String entity, String id)
            throws HttpRequestMethodNotSupportedException {
        return switch (request.getMethod()) {
            case "GET", "HEAD" -> get(entity, id, request);
            case "PATCH" -> update(entity, id, request, WriteMode.PATCH);
            case "PUT" -> update(entity, id, request, WriteMode.REPLACE);
            case "DELETE" -> delete(entity, id, request);
            default -> throw new HttpRequestMethodNotSupportedException(request.getMethod(), ROW_METHODS);
        };
    }

    private Answer list(String entity, HttpServletRequest request) {
        ApiModel.Snapshot api = model.current();
        Access access = caller.access(request, api);
        Entity target = api.entity(entity);
        access.require(target, Action.READ);
        ListResult page = api.queries().list(api.planner().list(target,
                QueryParameters.list(request.getParameterMap()), access), access);
        ObjectNode meta = JSON.createObjectNode();
        if (page.total() != null) {
            meta.put("total", page.total());
            if (page.totalIsEstimate()) {
                meta.put("totalIsEstimate", true);
            }
        }
        if (page.nextCursor() != null) {
            meta.put("nextCursor", page.nextCursor());
        }
        return Answer.ok("{\"data\":" + page.data() + ",\"meta\":" + meta + "}");
    }

    private Answer get(String entity, String id, HttpServletRequest request) {
        ApiModel.Snapshot api = model.current();
        Access access = caller.access(request, api);
        Entity target = api.entity(entity);
        access.require(target, Action.READ);
        Selection selection = api.planner().row(target, QueryParameters.row(request.getParameterMap()), access);
        return row(api, target, rowId(target, id), selection, access, HttpServletResponse.SC_OK);
    }

    private Answer create(String entity, HttpServletRequest request) {
        ApiModel.Snapshot api = model.current();
        Access access = caller.access(request, api);
        Entity target = api.entity(entity);
        access.require(target, Action.CREATE);
        // The body first: a form body's fields would otherwise be refused as unknown parameters, not as a form.
        WriteBodies.Rows body = WriteBodies.rows(RequestBodies.read(request));
        Selection selection = api.planner().row(target, QueryParameters.row(request.getParameterMap()), access);
        List<FieldError> errors = new ArrayList<>();
        List<RowValues> rows = new ArrayList<>();
        for (int i = 0; i < body.rows().size(); i++) {
            rows.add(api.validator().check(target, body.rows().get(i), WriteMode.CREATE,
                    body.batch() ? "[" + i + "]." : "", errors, access).withPresets(access.presets(target)));
        }
        rejectIfAny(errors);
        if (body.batch()) {
            List<UUID> ids = api.writes().create(target, rows, caller.id(request), access, true);
            return new Answer(HttpServletResponse.SC_CREATED,
                    "{\"data\":" + api.queries().rows(target, ids, selection, access) + "}", null, null);
        }
        Writes.Created created = api.writes().createAndRead(target, rows.get(0), caller.id(request), access,
                selection, api.queries());
        return new Answer(HttpServletResponse.SC_CREATED, "{\"data\":" + created.row().json() + "}",
                ETags.of(created.row().version()), "/api/" + target.name() + "/" + created.id());
    }

    private Answer update(String entity, String id, HttpServletRequest request, WriteMode mode) {
        ApiModel.Snapshot api = model.current();
        Access access = caller.access(request, api);
        Entity target = api.entity(entity);
        access.require(target, Action.UPDATE);
        UUID rowId = rowId(target, id);
        JsonNode body = WriteBodies.row(RequestBodies.read(request));
        Selection selection = api.planner().row(target, QueryParameters.row(request.getParameterMap()), access);
        Integer expected = ETags.expected(request.getHeader(HttpHeaders.IF_MATCH));
        List<FieldError> errors = new ArrayList<>();
        RowValues values = api.validator().check(target, body, mode, "", errors, access);
        rejectIfAny(errors);
        RowResult updated = api.writes().updateAndRead(target, rowId, values, expected, caller.id(request), access,
                selection, api.queries());
        return new Answer(HttpServletResponse.SC_OK, "{\"data\":" + updated.json() + "}", ETags.of(updated.version()),
                null);
    }

    private Answer delete(String entity, String id, HttpServletRequest request) {
        ApiModel.Snapshot api = model.current();
        Access access = caller.access(request, api);
        Entity target = api.entity(entity);
        access.require(target, Action.DELETE);
        UUID rowId = rowId(target, id);
        Map<String, String[]> parameters = request.getParameterMap();
        if (!parameters.isEmpty()) {
            throw QueryException.invalidParameter(parameters.keySet().iterator().next(), "parameter.unknown",
                    "a delete takes no parameters");
        }
        api.writes().delete(target, rowId, ETags.expected(request.getHeader(HttpHeaders.IF_MATCH)), access);
        return new Answer(HttpServletResponse.SC_NO_CONTENT, null, null, null);
    }

    private static Answer row(ApiModel.Snapshot api, Entity entity, UUID id, Selection selection, Access access,
                              int status) {
        RowResult row = api.queries().row(entity, id, selection, access).orElseThrow(() -> Writes.notFound(entity, id));
        return new Answer(status, "{\"data\":" + row.json() + "}", ETags.of(row.version()), null);
    }

    private static UUID rowId(Entity entity, String id) {
        UUID parsed = Uuids.parse(id);
        if (parsed == null) {
            throw new QueryException(QueryException.Kind.NOT_FOUND, "row.not-found", "there is no " + entity.name()
                    + " with id '" + Shown.shortened(id, 40) + "'");
        }
        return parsed;
    }

    private static void rejectIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new QueryException(QueryException.Kind.UNPROCESSABLE, "validation", errors.size() == 1
                    ? errors.get(0).message() : errors.size() + " values break the model's rules", errors);
        }
    }

    /** The answer as JSON. A read of one row honours {@code If-None-Match} against its ETag with a 304. */
    private static void write(Answer answer, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (answer.eTag() != null) {
            response.setHeader(HttpHeaders.ETAG, answer.eTag());
            if (answer.status() == HttpServletResponse.SC_OK && isRead(request)
                    && request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
                    && new ServletWebRequest(request, response).checkNotModified(answer.eTag())) {
                return;
            }
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        response.setStatus(answer.status());
        if (answer.body() != null) {
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private static boolean isRead(HttpServletRequest request) {
        return request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
    }
}
