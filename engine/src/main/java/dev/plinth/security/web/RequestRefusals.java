package dev.plinth.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests Spring Security's firewall refuses (a path holding {@code //}, {@code ;}, an encoded dot segment, a
 * parameter name or header value with control characters): 400 {@code request.rejected}, with the firewall's own
 * words on what it found, as {@code application/problem+json}.
 */
public final class RequestRefusals implements RequestRejectedHandler {

    static final String CODE = "request.rejected";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        ProblemWriter.write(response, HttpStatus.BAD_REQUEST, CODE, e.getMessage());
    }

    /** The same refusal, for a controller's error handler: the firewall checks parameters when they are read. */
    public static ProblemDetail problem(RequestRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("code", CODE);
        return problem;
    }
}
