package dev.plinth.api;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/**
 * The API's paths: {@code /api/{entity}} and {@code /api/{entity}/{id}}, beside {@code /api/openapi.json} and
 * {@code /api/docs}, which describe the API and are no entity's. Read from the request's URI as sent, one split, no
 * pattern matching: every API request passes here twice (its metrics and its routing).
 */
final class ApiPaths {

    private static final String PREFIX = "/api/";
    private static final String[] NONE = new String[0];

    private ApiPaths() {
    }

    /** The path's segments after {@code /api/}, as sent (not decoded); none when the path is not under it. */
    static String[] segments(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int start = request.getContextPath().length();
        return uri.startsWith(PREFIX, start) ? uri.substring(start + PREFIX.length()).split("/", -1) : NONE;
    }

    /** {@code /api/openapi.json} and {@code /api/docs}. */
    static boolean isDocumentation(String[] segments) {
        return segments.length == 1 && (segments[0].equals("openapi.json") || segments[0].equals("docs"));
    }

    /** An entity's path: one or two segments, none empty, and not the documentation. */
    static boolean isEntityPath(String[] segments) {
        return (segments.length == 1 || segments.length == 2 && !segments[1].isEmpty())
                && !segments[0].isEmpty() && !isDocumentation(segments);
    }

    /** A segment as the caller meant it: percent-decoded, without path parameters ({@code ;name=value}). */
    static String decode(String segment) {
        int parameters = segment.indexOf(';');
        String path = parameters < 0 ? segment : segment.substring(0, parameters);
        return path.indexOf('%') < 0 ? path : UriUtils.decode(path, StandardCharsets.UTF_8);
    }
}
