package dev.plinth.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Requests under {@code /api/} that fail outside {@link EntityHandler} (which answers its own failures): a path that
 * is no endpoint, a method the documentation's paths do not take. This renders Spring MVC's refusals through
 * {@link ProblemHandler}, as {@code application/problem+json}, instead of Spring Boot's error page.
 */
final class UnmatchedApiRequests implements HandlerExceptionResolver, Ordered {

    private final ProblemHandler problems;

    UnmatchedApiRequests(ProblemHandler problems) {
        this.problems = problems;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!(path.equals("/api") || path.startsWith("/api/"))) {
            return null;
        }
        ResponseEntity<Object> problem = problems.springs(failure, request, response);
        if (problem == null) {
            return null;
        }
        try {
            problems.write(problem, response);
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
