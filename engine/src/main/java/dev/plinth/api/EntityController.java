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
import dev.plinth.query.read.ListResult;
import dev.plinth.query.read.RowResult;
import dev.plinth.query.read.Selection;
import dev.plinth.query.write.RowValues;
import dev.plinth.query.write.WriteBodies;
import dev.plinth.query.write.WriteMode;
import dev.plinth.query.write.Writes;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/{entity}} and {@code /api/{entity}/{id}} for every entity of the applied model. */
@RestController
@RequestMapping("/api")
class EntityController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiModel model;
    private final Caller caller;

    EntityController(ApiModel model, Caller caller) {
        this.model = model;
        this.caller = caller;
    }

    @GetMapping("/{entity}")
    ResponseEntity<String> list(@PathVariable String entity, @RequestParam MultiValueMap<String, String> parameters,
                                HttpServletRequest request) {
        ApiModel.Snapshot api = model.current();
        Access access = caller.access(request, api);
        Entity target = api.entity(entity);
        access.require(target, Action.READ);
        ListResult page = api.queries().list(api.planner().list(target, QueryParameters.list(parameters), access), access);
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
        return json(HttpStatus.OK).body("{\"data\":" + page.data() + ",\"meta\":" + meta + "}");
    }

    @GetMapping("/{entity}/{id}")
    ResponseEntity<String> get(@PathVariable String entity, @PathVariable String id,
                               @RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request) {
        ApiModel.Snapshot api = model.current();
        Access access = caller.access(request, api);
        Entity target = api.entity(entity);
        access.require(target, Action.READ);
        Selection selection = api.planner().row(target, QueryParameters.row(parameters), access);
        return row(api, target, rowId(target, id), selection, access, HttpStatus.OK);
    }

    @PostMapping("/{entity}")
    ResponseEntity<String> create(@PathVariable String entity, @RequestParam MultiValueMap<String, String> parameters,
                                  HttpServletRequest request) {
        ApiModel.Snapshot api = model.current();
        Access access = caller.access(request, api);
        Entity target = api.entity(entity);
        access.require(target, Action.CREATE);
        // The body first: a form body's fields would otherwise be refused as unknown parameters, not as a form.
        WriteBodies.Rows body = WriteBodies.rows(RequestBodies.read(request));
        Selection selection = api.planner().row(target, QueryParameters.row(parameters), access);
        List<FieldError> errors = new ArrayList<>();
        List<RowValues> rows = new ArrayList<>();
        for (int i = 0; i < body.rows().size(); i++) {
            rows.add(api.validator().check(target, body.rows().get(i), WriteMode.CREATE,
                    body.batch() ? "[" + i + "]." : "", errors, access).withPresets(access.presets(target)));
        }
        rejectIfAny(errors);
        List<UUID> ids = api.writes().create(target, rows, caller.id(request), access, body.batch());
        if (body.batch()) {
            return json(HttpStatus.CREATED).body("{\"data\":" + api.queries().rows(target, ids, selection, access) + "}");
        }
        ResponseEntity<String> created = row(api, target, ids.get(0), selection, access, HttpStatus.CREATED);
        return ResponseEntity.status(HttpStatus.CREATED).headers(created.getHeaders())
                .location(URI.create("/api/" + target.name() + "/" + ids.get(0))).body(created.getBody());
    }

    @PatchMapping("/{entity}/{id}")
    ResponseEntity<String> patch(@PathVariable String entity, @PathVariable String id,
                                 @RequestParam MultiValueMap<String, String> parameters,
                                 @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                 HttpServletRequest request) {
        return update(entity, id, parameters, ifMatch, request, WriteMode.PATCH);
    }

    @PutMapping("/{entity}/{id}")
    ResponseEntity<String> replace(@PathVariable String entity, @PathVariable String id,
                                   @RequestParam MultiValueMap<String, String> parameters,
                                   @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                   HttpServletRequest request) {
        return update(entity, id, parameters, ifMatch, request, WriteMode.REPLACE);
    }

    private ResponseEntity<String> update(String entity, String id, MultiValueMap<String, String> parameters,
                                          String ifMatch, HttpServletRequest request, WriteMode mode) {
        ApiModel.Snapshot api = model.current();
        Access access = caller.access(request, api);
        Entity target = api.entity(entity);
        access.require(target, Action.UPDATE);
        UUID rowId = rowId(target, id);
        JsonNode body = WriteBodies.row(RequestBodies.read(request));
        Selection selection = api.planner().row(target, QueryParameters.row(parameters), access);
        Integer expected = ETags.expected(ifMatch);
        List<FieldError> errors = new ArrayList<>();
        RowValues values = api.validator().check(target, body, mode, "", errors, access);
        rejectIfAny(errors);
        api.writes().update(target, rowId, values, expected, caller.id(request), access);
        return row(api, target, rowId, selection, access, HttpStatus.OK);
    }

    @DeleteMapping("/{entity}/{id}")
    ResponseEntity<Void> delete(@PathVariable String entity, @PathVariable String id,
                                @RequestParam MultiValueMap<String, String> parameters,
                                @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                HttpServletRequest request) {
        ApiModel.Snapshot api = model.current();
        Access access = caller.access(request, api);
        Entity target = api.entity(entity);
        access.require(target, Action.DELETE);
        UUID rowId = rowId(target, id);
        if (!parameters.isEmpty()) {
            throw QueryException.invalidParameter(parameters.keySet().iterator().next(), "parameter.unknown",
                    "a delete takes no parameters");
        }
        api.writes().delete(target, rowId, ETags.expected(ifMatch), access);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<String> row(ApiModel.Snapshot api, Entity entity, UUID id, Selection selection,
                                              Access access, HttpStatus status) {
        RowResult row = api.queries().row(entity, id, selection, access).orElseThrow(() -> Writes.notFound(entity, id));
        return json(status).eTag(ETags.of(row.version())).body("{\"data\":" + row.json() + "}");
    }

    private static UUID rowId(Entity entity, String id) {
        UUID parsed = Uuids.parse(id);
        if (parsed == null) {
            throw new QueryException(QueryException.Kind.NOT_FOUND, "row.not-found", "there is no " + entity.name()
                    + " with id '" + (id.length() > 40 ? id.substring(0, 37) + "..." : id) + "'");
        }
        return parsed;
    }

    private static void rejectIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new QueryException(QueryException.Kind.UNPROCESSABLE, "validation", errors.size() == 1
                    ? errors.get(0).message() : errors.size() + " values break the model's rules", errors);
        }
    }

    private static ResponseEntity.BodyBuilder json(HttpStatus status) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
    }
}
