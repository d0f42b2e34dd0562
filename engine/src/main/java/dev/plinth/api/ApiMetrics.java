package dev.plinth.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Times every request to {@code /api/{entity}} and {@code /api/{entity}/{id}} as {@value #METER}, tagged with the
 * {@code entity}, the {@code action} ({@code list}, {@code get}, {@code create}, {@code update} for PATCH,
 * {@code replace} for PUT, {@code delete}, or {@code other} for a method the path does not take), the {@code status}
 * and its {@code outcome} ({@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR}...). It runs before the
 * security filters, so refused credentials are counted too.
 *
 * <p>The tags stay few: an entity is named only when the served model has it, any other name is
 * {@value #UNKNOWN_ENTITY} (which no entity can be called), so callers cannot make new time series by inventing paths.
 */
final class ApiMetrics extends OncePerRequestFilter {

    static final String METER = "plinth.api.requests";
    static final String UNKNOWN_ENTITY = "_unknown";

    private final ApiModel model;
    private final MeterRegistry registry;

    ApiMetrics(ApiModel model, MeterRegistry registry) {
        this.model = model;
        this.registry = registry;
    }

    /** Whether this filter times the request: one to an entity's path, not the API's documentation. */
    static boolean times(HttpServletRequest request) {
        String[] segments = ApiPaths.segments(request);
        return segments.length > 0 && !ApiPaths.isDocumentation(segments);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] segments = ApiPaths.segments(request);
        if (segments.length == 0 || ApiPaths.isDocumentation(segments)) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            Timer.builder(METER)
                    .description("Requests to the API by entity, action and status")
                    .tag("entity", entity(segments[0]))
                    .tag("action", action(request.getMethod(), segments))
                    .tag("status", Integer.toString(status))
                    .tag("outcome", Outcome.forStatus(status).name())
                    .register(registry)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private String entity(String name) {
        try {
            return model.current().index().entity(name).isPresent() ? name : UNKNOWN_ENTITY;
        } catch (RuntimeException noModel) {
            return UNKNOWN_ENTITY;
        }
    }

    static String action(String method, String[] segments) {
        boolean named = segments.length > 0 && !segments[0].isEmpty();
        if (named && segments.length == 1) {
            return switch (method) {
                case "GET", "HEAD" -> "list";
                case "POST" -> "create";
                default -> "other";
            };
        }
        if (named && segments.length == 2 && !segments[1].isEmpty()) {
            return switch (method) {
                case "GET", "HEAD" -> "get";
                case "PATCH" -> "update";
                case "PUT" -> "replace";
                case "DELETE" -> "delete";
                default -> "other";
            };
        }
        return "other";
    }
}
