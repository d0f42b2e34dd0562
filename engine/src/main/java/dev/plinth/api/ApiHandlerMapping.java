package dev.plinth.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.http.server.RequestPath;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.handler.MatchableHandlerMapping;
import org.springframework.web.servlet.handler.RequestMatchResult;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Sends {@code /api/{entity}} and {@code /api/{entity}/{id}} to the {@link EntityHandler} with one look at the path,
 * ahead of every other mapping. Without it, each API request was matched against every pattern of every controller
 * of the application (the admin UI's too), and Spring Security's matchers had the whole lookup done once more.
 * Every other path, the API's documentation included, goes on to the next mapping.
 */
final class ApiHandlerMapping extends AbstractHandlerMapping implements MatchableHandlerMapping {

    private final EntityHandler handler;

    ApiHandlerMapping(EntityHandler handler) {
        this.handler = handler;
        setOrder(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) {
        return ApiPaths.isEntityPath(ApiPaths.segments(request)) ? handler : null;
    }

    /** For matchers that ask the mapping which served a request (Spring Security's, for one). */
    @Override
    public RequestMatchResult match(HttpServletRequest request, String pattern) {
        PathPattern parsed = getPatternParser().parse(pattern);
        RequestPath path = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request) : ServletRequestPathUtils.parseAndCache(request);
        return parsed.matches(path.pathWithinApplication()) ? new RequestMatchResult(parsed, path) : null;
    }
}
