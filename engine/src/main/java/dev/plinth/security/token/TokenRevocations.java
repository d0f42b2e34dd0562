package dev.plinth.security.token;

import dev.plinth.security.identity.Users;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When each user's access tokens stopped counting: a token issued before is refused. Users' changes write it
 * ({@link Users#update}: disabled, a new password, other roles); every instance keeps the recent ones in memory,
 * read again from the database every {@link #POLL}, and at once after a change of its own. So a request pays a map
 * lookup, never a query, and a revoked token stops working everywhere within about a second instead of living on
 * until it expires. Only revocations younger than the longest an access token lives are kept.
 */
public final class TokenRevocations implements AutoCloseable {

    /** How often every instance reads the revocations again. */
    static final Duration POLL = Duration.ofSeconds(1);
    /** None, for tokens checked without a database. */
    static final TokenRevocations NONE = new TokenRevocations();
    private static final Logger log = LoggerFactory.getLogger(TokenRevocations.class);

    private final Users users;
    private final Duration keep;
    private final Clock clock;
    private final Map<UUID, Instant> revoked = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller;

    private TokenRevocations() {
        this.users = null;
        this.keep = Duration.ZERO;
        this.clock = Clock.systemUTC();
        this.poller = null;
    }

    /**
     * Reads the revocations now and then every {@link #POLL} on a thread of its own, until closed.
     *
     * @param tokenLife the longest an access token lives, clock skew included: older revocations matter no more
     */
    public TokenRevocations(Users users, Duration tokenLife, Clock clock) {
        this.users = users;
        this.keep = tokenLife;
        this.clock = clock;
        poll();
        users.whenTokensRevoked(this::pollQuietly);
        this.poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "plinth-token-revocations");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::pollQuietly, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether a token of {@code user} issued at {@code issued} was revoked since. */
    boolean revoked(UUID user, Instant issued) {
        if (revoked.isEmpty()) {
            return false;
        }
        Instant at = revoked.get(user);
        return at != null && issued.isBefore(at);
    }

    /** Reads the revocations that still matter, and forgets those that no longer do. */
    void poll() {
        Instant oldest = clock.instant().minus(keep);
        users.tokensRevokedSince(OffsetDateTime.ofInstant(oldest, ZoneOffset.UTC))
                .forEach((user, at) -> revoked.put(user, at.toInstant()));
        revoked.values().removeIf(at -> at.isBefore(oldest));
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            // The database is out of reach: the revocations known stay in force, and the next poll tries again.
            log.debug("Could not read the token revocations: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }
}
