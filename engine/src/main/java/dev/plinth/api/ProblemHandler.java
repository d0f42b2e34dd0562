package dev.plinth.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plinth.observe.RequestId;
import dev.plinth.query.DatabaseOutage;
import dev.plinth.query.QueryException;
import dev.plinth.security.web.OutageProblems;
import dev.plinth.security.web.RequestRefusals;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders every error of the API as {@code application/problem+json} (RFC 9457): status, title, detail, a stable
 * {@code code}, and for validation the {@code errors} by field. Never a stack trace, SQL or class name. A database
 * that cannot serve the request (down, unreachable, every connection busy, too slow) is a 503 with
 * {@code Retry-After}, not a 500: the caller may try again.
 */
class ProblemHandler extends ResponseEntityExceptionHandler {

    /** The detail of a 500: what failed is in the server log, never in the answer. */
    static final String COULD_NOT_ANSWER = "Plinth could not answer this request; the server log has the details";
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final ObjectMapper json;

    /** @param json Spring's mapper, which writes a {@link ProblemDetail}'s properties at the top level */
    ProblemHandler(ObjectMapper json) {
        this.json = json;
    }

    /** Answers a request that failed with {@code failure}, nothing of the answer written yet. */
    void write(Exception failure, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResponseEntity<?> problem = failure instanceof QueryException refused ? refused(refused)
                : springs(failure, request, response);
        write(problem == null ? failed(failure) : problem, response);
    }

    /** The problem for one of Spring MVC's own refusals (method not allowed, and so on), else {@code null}. */
    ResponseEntity<Object> springs(Exception failure, HttpServletRequest request, HttpServletResponse response) {
        try {
            return handleException(failure, new ServletWebRequest(request, response));
        } catch (Exception notSpringsOwn) {
            return null;
        }
    }

    /** Writes {@code problem}, with the request's id, into a response nothing has been written to yet. */
    void write(ResponseEntity<?> problem, HttpServletResponse response) throws IOException {
        response.setStatus(problem.getStatusCode().value());
        problem.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        if (problem.getBody() instanceof ProblemDetail detail) {
            RequestId.addTo(detail);
        }
        json.writeValue(response.getOutputStream(), problem.getBody());
    }

    static HttpStatus status(QueryException.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case STALE -> HttpStatus.PRECONDITION_FAILED;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }

    ResponseEntity<ProblemDetail> refused(QueryException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(e.kind()), e.getMessage());
        problem.setProperty("code", e.code());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors().stream()
                    .map(ProblemHandler::error)
                    .toList());
        }
        return problem(problem);
    }

    private static Map<String, String> error(QueryException.FieldError error) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("field", error.field());
        json.put("code", error.code());
        json.put("message", error.message());
        return json;
    }

    ResponseEntity<ProblemDetail> failed(Exception e) {
        Optional<DatabaseOutage> outage = DatabaseOutage.of(e);
        if (outage.isPresent()) {
            return OutageProblems.response(outage.get(), e);
        }
        if (e instanceof RequestRejectedException rejected) {
            // Spring Security's firewall checks parameters when they are first read, here rather than in its filters
            return problem(RequestRefusals.problem(rejected));
        }
        log.error("The API failed to answer a request", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                COULD_NOT_ANSWER);
        problem.setProperty("code", "internal");
        return problem(problem);
    }

    /** Spring MVC's own refusals (method not allowed, and so on) get a code too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : ProblemDetail.forStatusAndDetail(statusCode, HttpStatus.valueOf(statusCode.value()).getReasonPhrase());
        problem.setProperty("code", "http." + statusCode.value());
        HttpHeaders out = new HttpHeaders();
        out.addAll(headers);
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, out, statusCode);
    }

    /** Spring's words for a path that is no endpoint speak of static resources; an API has none. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, ProblemDetail.forStatusAndDetail(status, "there is no endpoint at this path;"
                + " the API serves /api/{entity} and /api/{entity}/{id}"), headers, status, request);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

}
