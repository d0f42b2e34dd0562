package dev.plinth.security.web;

import dev.plinth.query.QueryException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.util.StringUtils;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Cross-origin calls from browsers (CORS) to the API and the sign-in endpoints, for the origins
 * {@code plinth.cors.allowed-origins} names. A page on such an origin may send what the API reads (bearer tokens, API
 * keys, JSON bodies, {@code If-Match}) and read what it answers ({@code ETag}, {@code Location},
 * {@code X-Request-Id}, {@code Retry-After}). No cookies: the API and {@code /auth/**} take their credentials from
 * headers and bodies. The admin endpoints and pages stay same-origin.
 *
 * <p>A preflight from an origin not listed, or asking for a method or header the API does not take, is refused with
 * a 403 problem naming the header and its value. An ordinary request from an origin not listed is answered as
 * for any client, without CORS headers, so the browser keeps the answer from the page: a page of Plinth's own seen
 * through a proxy that hides the scheme or host must not be refused.
 */
final class BrowserOrigins {

    private static final List<String> PATHS = List.of("/api/**", "/auth/**");
    private static final String PROPERTY = "plinth.cors.allowed-origins (PLINTH_CORS_ALLOWED_ORIGINS)";
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
    private static final List<String> REQUEST_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, "X-Api-Key", "X-Request-Id");
    private static final List<String> RESPONSE_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION,
            HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE, "X-Request-Id");
    /** {@code *}, or scheme://host[:port] where host and port may hold {@code *} patterns; no path, no slash. */
    private static final Pattern ORIGIN = Pattern.compile("\\*|[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s?#@]+");

    private BrowserOrigins() {
    }

    /** The filter for the configured origins, or none when no origin is configured. */
    static Optional<CorsFilter> filter(CorsProperties properties) {
        List<String> origins = properties.getAllowedOrigins().stream()
                .filter(StringUtils::hasText)
                .map(String::trim)
                .toList();
        if (origins.isEmpty()) {
            return Optional.empty();
        }
        origins.forEach(BrowserOrigins::check);
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOriginPatterns(origins);
        configuration.setAllowedMethods(METHODS);
        configuration.setAllowedHeaders(REQUEST_HEADERS);
        configuration.setExposedHeaders(RESPONSE_HEADERS);
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(properties.getMaxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        PATHS.forEach(path -> source.registerCorsConfiguration(path, configuration));
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new Processor());
        return Optional.of(filter);
    }

    private static void check(String origin) {
        if (!ORIGIN.matcher(origin).matches()) {
            throw new IllegalStateException(PROPERTY + ": '" + origin + "' is not an origin; write scheme://host or"
                    + " scheme://host:port (https://app.example.com), without a path or a trailing slash, or * for any");
        }
    }

    /** Spring's CORS checks, with refusals as problems that name what was refused, and unlisted origins served. */
    private static final class Processor extends DefaultCorsProcessor {

        @Override
        public boolean processRequest(CorsConfiguration config, HttpServletRequest request,
                                      HttpServletResponse response) throws IOException {
            if (!CorsUtils.isCorsRequest(request)) {
                return super.processRequest(config, request, response);
            }
            if (config == null) {
                if (CorsUtils.isPreFlightRequest(request)) {
                    return refuse(response, HttpHeaders.ORIGIN, "cors.path", "pages on other origins may call only "
                            + String.join(" and ", PATHS) + ", not " + request.getRequestURI());
                }
                return true;
            }
            String origin = request.getHeader(HttpHeaders.ORIGIN);
            boolean listed = config.checkOrigin(origin) != null;
            if (!CorsUtils.isPreFlightRequest(request)) {
                if (listed) {
                    return super.processRequest(config, request, response);
                }
                response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
                return true;
            }
            if (!listed) {
                return refuse(response, HttpHeaders.ORIGIN, "cors.origin",
                        "pages on " + origin + " may not call Plinth from a browser: it is not in " + PROPERTY);
            }
            String method = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
            if (!StringUtils.hasText(method) || config.checkHttpMethod(HttpMethod.valueOf(method.trim())) == null) {
                return refuse(response, HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "cors.method",
                        "a browser may not send " + method + "; the API takes " + String.join(", ", METHODS));
            }
            for (String header : StringUtils.commaDelimitedListToStringArray(
                    request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS))) {
                String name = header.trim();
                if (!name.isEmpty() && config.checkHeaders(List.of(name)) == null) {
                    return refuse(response, HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "cors.header",
                            "a browser may not send the header " + name + "; the API reads "
                                    + String.join(", ", REQUEST_HEADERS));
                }
            }
            return super.processRequest(config, request, response);
        }

        /** What Spring's checks refuse past the ones above. */
        @Override
        protected void rejectRequest(ServerHttpResponse response) throws IOException {
            HttpServletResponse servlet = ((ServletServerHttpResponse) response).getServletResponse();
            ProblemWriter.write(servlet, HttpStatus.FORBIDDEN, "cors.refused", "this cross-origin request is refused");
        }

        private static boolean refuse(HttpServletResponse response, String header, String code, String message)
                throws IOException {
            ProblemWriter.write(response, HttpStatus.FORBIDDEN, code, message,
                    List.of(new QueryException.FieldError(header, code, message)));
            return false;
        }
    }
}
