package dev.plinth.observe;

import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.http.ProblemDetail;

/**
 * The id of the request a thread is serving: the caller's {@code X-Request-Id} when it is a plain token of at most
 * {@value #MAX_LENGTH} characters, a new UUID otherwise. {@link RequestIdFilter} sets it for each request; it is in the
 * logging MDC as {@value #MDC_KEY}, in the response's {@value #HEADER} header and in every problem+json as
 * {@value #PROBLEM_PROPERTY}, so a caller's error report leads to the server's log lines.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    public static final String PROBLEM_PROPERTY = "requestId";
    /** Longer ids are replaced, not cut: a cut id would match nothing the caller logged. */
    public static final int MAX_LENGTH = 128;

    /** Letters, digits and the punctuation of UUIDs, trace ids and base64: nothing that could forge a log line. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:@/+=-]{1," + MAX_LENGTH + "}");

    private RequestId() {
    }

    /** The id of the request this thread is serving, or {@code null} outside a request. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }

    /** Adds the current request id to {@code problem}, when there is one. */
    public static ProblemDetail addTo(ProblemDetail problem) {
        String id = current();
        if (id != null) {
            problem.setProperty(PROBLEM_PROPERTY, id);
        }
        return problem;
    }

    /** The caller's id when it is acceptable, else a new one. */
    static String accept(String given) {
        return given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
