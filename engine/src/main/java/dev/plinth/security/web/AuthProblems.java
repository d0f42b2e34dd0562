package dev.plinth.security.web;

import dev.plinth.query.DatabaseOutage;
import dev.plinth.security.token.InvalidCredentialException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
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

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail,
                                                         HttpHeaders headers) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
