package dev.plinth.security.web;

import dev.plinth.query.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
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
            response.reset();
            OutageProblems.write(response, outage.get(), e);
        }
    }
}
