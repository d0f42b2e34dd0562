package dev.plinth.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * What answers a request nothing else answered: a path with no endpoint outside {@code /api} ({@code /auth/nope}), a
 * request Spring Security's firewall refused, a failure no handler caught. In place of Spring Boot's error page and
 * its JSON: {@code application/problem+json} with the code {@code http.<status>}, or, for a browser asking for a
 * page, a short HTML page saying the same.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
final class ErrorResponses implements ErrorController {

    private final ProblemHandler problems;

    ErrorResponses(ProblemHandler problems) {
        this.problems = problems;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = status(request);
        String title = status.value() + " " + status.getReasonPhrase();
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + title + " · Plinth</title></head><body><h1>" + title + "</h1><p>"
                + HtmlUtils.htmlEscape(detail(status, request)) + "</p></body></html>");
    }

    @RequestMapping
    void problem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = status(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status, request));
        problem.setProperty("code", "http." + status.value());
        problems.write(ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem),
                response);
    }

    private static HttpStatus status(HttpServletRequest request) {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatus.resolve(code) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String detail(HttpStatus status, HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return switch (status) {
            case NOT_FOUND -> "there is nothing at " + path;
            case METHOD_NOT_ALLOWED -> path + " does not take this method";
            case BAD_REQUEST -> "the request could not be read as it was sent";
            case INTERNAL_SERVER_ERROR -> ProblemHandler.COULD_NOT_ANSWER;
            default -> status.getReasonPhrase();
        };
    }
}
