package dev.plinth.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plinth.observe.RequestId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Requests under {@code /api/} that reach no endpoint (a path that is none, a method the path does not take) fail
 * before any controller is chosen, where {@link ProblemHandler}, which answers for {@link EntityController}, does not
 * apply. This renders them through it, as {@code application/problem+json}, instead of Spring Boot's error page.
 */
final class UnmatchedApiRequests implements HandlerExceptionResolver, Ordered {

    private final ProblemHandler problems;
    private final ObjectMapper json;

    UnmatchedApiRequests(ProblemHandler problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!(path.equals("/api") || path.startsWith("/api/"))
                || handler instanceof HandlerMethod method && method.getBeanType() == EntityController.class) {
            return null;
        }
        ResponseEntity<Object> problem;
        try {
            problem = problems.handleException(failure, new ServletWebRequest(request, response));
        } catch (Exception notSpringsOwn) {
            return null;
        }
        if (problem == null) {
            return null;
        }
        response.setStatus(problem.getStatusCode().value());
        problem.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        if (problem.getBody() instanceof ProblemDetail detail) {
            RequestId.addTo(detail);
        }
        try {
            json.writeValue(response.getOutputStream(), problem.getBody());
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    /** Before Spring MVC's own resolvers, which would answer with the error page. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
