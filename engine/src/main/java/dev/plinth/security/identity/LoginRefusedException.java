package dev.plinth.security.identity;

import java.time.Duration;

/** A password sign-in failed: wrong email or password, a disabled user, or too many failures for now. */
public final class LoginRefusedException extends RuntimeException {

    private final Duration retryAfter;

    LoginRefusedException(String message, Duration retryAfter) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
    }

    /** How long to wait before trying again, when refused for too many failures; {@code null} otherwise. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean throttled() {
        return retryAfter != null;
    }
}
