package dev.plinth.security.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.observe.RequestId;
import dev.plinth.query.QueryException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Writes the refusals of the security filters, before any controller runs, as {@code application/problem+json}
 * with a stable {@code code}: 401 {@code auth.required} (with {@code WWW-Authenticate}) when credentials are needed,
 * 403 {@code auth.forbidden} when the caller's roles do not allow the request, 403 {@code auth.csrf} when a change
 * made with the session cookie lacks the CSRF token. Each carries the request's {@code requestId}, as every
 * problem+json of Plinth does.
 */
final class ProblemWriter implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"plinth\"");
        write(response, HttpStatus.UNAUTHORIZED, "auth.required", "this request needs credentials: a bearer token,"
                + " an API key or a signed-in session");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            write(response, HttpStatus.FORBIDDEN, "auth.csrf", "a change made with the session cookie needs the"
                    + " XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header");
        } else {
            write(response, HttpStatus.FORBIDDEN, "auth.forbidden", "your roles do not allow this request");
        }
    }

    /** A refused credential: 401 with the code, and {@code WWW-Authenticate} saying the token is invalid. */
    static void invalidCredential(HttpServletResponse response, String code, String detail) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"plinth\", error=\"invalid_token\"");
        write(response, HttpStatus.UNAUTHORIZED, code, detail);
    }

    static void write(HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
        write(response, status, code, detail, List.of());
    }

    /** A problem with {@code errors}: each names the field (or header) refused, the rule, and says the value. */
    static void write(HttpServletResponse response, HttpStatus status, String code, String detail,
                      List<QueryException.FieldError> errors) throws IOException {
        ObjectNode problem = problem(status, code, detail, errors);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(problem.toString());
    }

    /** The problem's JSON, with the request's id when there is a request. */
    static ObjectNode problem(HttpStatus status, String code, String detail, List<QueryException.FieldError> errors) {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("code", code);
        if (!errors.isEmpty()) {
            ArrayNode list = problem.putArray("errors");
            errors.forEach(error -> list.addObject()
                    .put("field", error.field())
                    .put("code", error.code())
                    .put("message", error.message()));
        }
        String requestId = RequestId.current();
        if (requestId != null) {
            problem.put(RequestId.PROBLEM_PROPERTY, requestId);
        }
        return problem;
    }
}
