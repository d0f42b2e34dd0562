package dev.plinth.security.web;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** A refusal of an {@code /auth} or {@code /admin/api} endpoint, rendered by {@link AuthProblems}. */
final class AuthException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Duration retryAfter;

    AuthException(HttpStatus status, String code, String message) {
        this(status, code, message, null);
    }

    AuthException(HttpStatus status, String code, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    static AuthException invalid(String code, String message) {
        return new AuthException(HttpStatus.BAD_REQUEST, code, message);
    }

    static AuthException notSignedIn() {
        return new AuthException(HttpStatus.UNAUTHORIZED, "auth.required", "this request needs credentials: a bearer"
                + " token, an API key or a signed-in session");
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    /** How long to wait before trying again, for a 429; {@code null} otherwise. */
    Duration retryAfter() {
        return retryAfter;
    }
}
