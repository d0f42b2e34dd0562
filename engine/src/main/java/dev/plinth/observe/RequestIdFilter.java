package dev.plinth.observe;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request its {@link RequestId} before anything else runs, security included: kept as a request
 * attribute, put in the logging MDC while the request is served (error dispatches too), and sent back in the
 * {@value RequestId#HEADER} header before the response can be committed.
 */
final class RequestIdFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getAttribute(ATTRIBUTE) instanceof String kept ? kept
                : RequestId.accept(request.getHeader(RequestId.HEADER));
        request.setAttribute(ATTRIBUTE, id);
        if (!response.containsHeader(RequestId.HEADER)) {
            response.setHeader(RequestId.HEADER, id);
        }
        String outer = MDC.get(RequestId.MDC_KEY);
        MDC.put(RequestId.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                MDC.remove(RequestId.MDC_KEY);
            } else {
                MDC.put(RequestId.MDC_KEY, outer);
            }
        }
    }

    /** Spring Boot's error page is rendered in a second dispatch, after this filter's first pass cleared the MDC. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
