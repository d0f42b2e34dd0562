package dev.plinth.security.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.plinth.query.DatabaseOutage;
import dev.plinth.security.token.InvalidCredentialException;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders the refusals of the {@code /auth} and {@code /admin/api} endpoints as {@code application/problem+json}
 * with a stable {@code code}. A refused credential never says why; nothing of a request body is repeated. A database
 * that cannot serve the request is a 503 ({@link OutageProblems}).
 */
@RestControllerAdvice(assignableTypes = {AuthController.class, AdminUsersController.class, AdminKeysController.class})
class AuthProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(AuthProblems.class);

    @ExceptionHandler(AuthException.class)
    ResponseEntity<ProblemDetail> refused(AuthException e) {
        HttpHeaders headers = new HttpHeaders();
        if (e.retryAfter() != null) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        }
        if (e.status() == HttpStatus.UNAUTHORIZED) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"plinth\"");
        }
        return problem(e.status(), e.code(), e.getMessage(), headers);
    }

    @ExceptionHandler(InvalidCredentialException.class)
    ResponseEntity<ProblemDetail> invalidCredential(InvalidCredentialException e) {
        log.debug("Refused a credential: {}", e.reason());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"plinth\", error=\"invalid_token\"");
        return problem(HttpStatus.UNAUTHORIZED, e.code(), e.getMessage(), headers);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failed(Exception e) {
        Optional<DatabaseOutage> outage = DatabaseOutage.of(e);
        if (outage.isPresent()) {
            return OutageProblems.response(outage.get(), e);
        }
        log.error("An auth endpoint failed to answer a request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Plinth could not answer this request; the server"
                + " log has the details", new HttpHeaders());
    }

    /** Spring MVC's own refusals (unreadable body, wrong method...) get a code, and never echo the body. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(statusCode,
                statusCode.value() == 400 ? "the request is not what this endpoint reads: check its body and parameters"
                        : HttpStatus.valueOf(statusCode.value()).getReasonPhrase());
        problem.setProperty("code", "http." + statusCode.value());
        HttpHeaders out = new HttpHeaders();
        out.addAll(headers);
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, out, statusCode);
    }

    /**
     * A body that is not JSON, or holds a value of the wrong kind: the field and the kind it needs, never the value
     * (a body here may hold a password).
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = field(mismatch.getPath());
            return invalid("body.malformed", field, field + " must be " + kind(mismatch.getTargetType()));
        }
        if (ex.getCause() instanceof JsonProcessingException json && json.getLocation() != null) {
            return invalid("body.malformed", "body", "the body is not valid JSON (line "
                    + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")");
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    /** A path or query parameter of the wrong kind: its name, the kind it needs and the value. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : ex.getPropertyName();
        if (name == null) {
            return super.handleTypeMismatch(ex, headers, status, request);
        }
        return invalid("parameter.invalid", name, name + " must be " + kind(ex.getRequiredType()) + ", not '"
                + ex.getValue() + "'");
    }

    private static ResponseEntity<Object> invalid(String code, String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setProperty("code", code);
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("code", "type");
        error.put("message", message);
        problem.setProperty("errors", List.of(error));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** {@code roles[2]}, {@code settings.name}: where in the body the value is. */
    private static String field(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
            } else {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "of another kind";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time such as 2024-05-31T14:30:00Z";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "an object";
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail,
                                                         HttpHeaders headers) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
