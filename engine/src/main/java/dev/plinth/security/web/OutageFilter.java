package dev.plinth.security.web;

import dev.plinth.query.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 ({@link OutageProblems}) for a request that failed because the database could not serve it, wherever
 * no error handler of a controller caught it first: in the security filters (an API key or a session's user is read
 * from the database), or in a page whose failures nothing else handles. Runs before Spring Security's filters.
 */
final class OutageFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            Optional<DatabaseOutage> outage = DatabaseOutage.of(e);
            if (outage.isEmpty() || response.isCommitted()) {
                throw e;
            }
            Map<String, List<String>> crossOrigin = crossOriginHeaders(response);
            response.reset();
            crossOrigin.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            OutageProblems.write(response, outage.get(), e);
        }
    }

    /** What lets a page on another origin read the answer ({@link BrowserOrigins}): kept through the reset. */
    private static Map<String, List<String>> crossOriginHeaders(HttpServletResponse response) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (name.regionMatches(true, 0, "Access-Control-", 0, "Access-Control-".length())
                    || name.equalsIgnoreCase(HttpHeaders.VARY)) {
                kept.put(name, List.copyOf(response.getHeaders(name)));
            }
        }
        return kept;
    }
}
