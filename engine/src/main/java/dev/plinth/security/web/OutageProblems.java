package dev.plinth.security.web;

import dev.plinth.query.DatabaseOutage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The answer to a request the database could not serve ({@link DatabaseOutage}): 503, {@code application/problem+json}
 * with the outage's code, and {@code Retry-After}. One shape wherever the failure surfaces: in a controller
 * ({@link #response}) or in a filter before any controller runs ({@link #write}). An outage fails every request, so
 * the log says so once every {@value #WARN_EVERY_SECONDS} seconds, not once a request.
 */
public final class OutageProblems {

    private static final Logger log = LoggerFactory.getLogger(OutageProblems.class);
    static final long WARN_EVERY_SECONDS = 10;
    private static final AtomicLong lastWarning = new AtomicLong();

    private OutageProblems() {
    }

    /** The 503 a controller's error handler returns for {@code failure}. */
    public static ResponseEntity<ProblemDetail> response(DatabaseOutage outage, Throwable failure) {
        note(outage, failure);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, outage.detail());
        problem.setProperty("code", outage.code());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** Writes the 503 straight into a response nothing has been written to yet. */
    static void write(HttpServletResponse response, DatabaseOutage outage, Throwable failure) throws IOException {
        note(outage, failure);
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        ProblemWriter.write(response, HttpStatus.SERVICE_UNAVAILABLE, outage.code(), outage.detail());
    }

    private static void note(DatabaseOutage outage, Throwable failure) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        boolean due = last == 0 || now - last > TimeUnit.SECONDS.toNanos(WARN_EVERY_SECONDS);
        if (due && lastWarning.compareAndSet(last, now)) {
            log.warn("Answering 503 {}: {}", outage.code(), innermostMessage(failure));
        } else {
            log.debug("Answering 503 {}: {}", outage.code(), innermostMessage(failure));
        }
    }

    private static String innermostMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
