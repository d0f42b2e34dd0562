package dev.plinth.api;

import dev.plinth.api.openapi.OpenApiDocument;
import dev.plinth.query.Access;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OpenAPI 3.1 document of the API as the caller may use it ({@code /api/openapi.json}), and the page that shows
 * it to people ({@code /api/docs}).
 */
@RestController
class OpenApiController {

    /** The Swagger UI page, served from the engine's static resources. */
    static final String DOCS_PAGE = "/plinth-api-docs/index.html";

    private final ApiModel model;
    private final Caller caller;
    private final Map<String, String> documents = new ConcurrentHashMap<>();

    OpenApiController(ApiModel model, Caller caller) {
        this.model = model;
        this.caller = caller;
    }

    @GetMapping("/api/openapi.json")
    ResponseEntity<String> document(HttpServletRequest request) {
        ApiModel.Snapshot api = model.current();
        Access access = caller.access(request, api);
        String key = api.version() + "|" + caller.audience(request);
        if (documents.size() > 1000) {
            documents.clear();
        }
        String document = documents.computeIfAbsent(key, k ->
                OpenApiDocument.build(api.index(), null, api.version(), access::may).toString());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(document);
    }

    @GetMapping("/api/docs")
    ResponseEntity<Void> docs(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(URI.create(request.getContextPath() + DOCS_PAGE)).build();
    }
}
