package dev.plinth.security.token;

import dev.plinth.security.identity.Identity;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access tokens this instance has already verified, with the identity each proves, until each expires. A client
 * sends the same token with every request for its whole life; checking its signature and parsing its claims once
 * instead of on every request takes that work off the hot path. Only tokens that passed every check are kept, keyed
 * by their exact text, so a changed token is a different key and is verified in full. At most {@link #CAPACITY}
 * tokens are kept; when full, the memory is emptied and refills with the tokens still in use.
 */
final class VerifiedTokens {

    static final int CAPACITY = 10_000;

    /** A token that passed every check: who it proves, when it was issued and until when it counts. */
    record Verified(Identity identity, Instant issued, Instant expires) {
    }

    private final ConcurrentHashMap<String, Verified> tokens = new ConcurrentHashMap<>();
    private final Clock clock;

    VerifiedTokens(Clock clock) {
        this.clock = clock;
    }

    /** The token as it was verified, or {@code null} when it is unknown or has expired since. */
    Verified recall(String token) {
        Verified verified = tokens.get(token);
        if (verified == null) {
            return null;
        }
        if (!verified.expires().isAfter(clock.instant())) {
            tokens.remove(token, verified);
            return null;
        }
        return verified;
    }

    /** Remembers a token that passed every check, until {@code expires} (its expiry with the allowed clock skew). */
    void remember(String token, Identity identity, Instant issued, Instant expires) {
        if (tokens.size() >= CAPACITY) {
            tokens.clear();
        }
        tokens.put(token, new Verified(identity, issued, expires));
    }

    int size() {
        return tokens.size();
    }
}
