package dev.plinth.security.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: failed sign-ins are counted per account (email) and per client address, and once
 * one of them reaches its limit within the lock-out period, sign-ins for it are refused until the period has passed.
 * A correct password clears the account's count.
 *
 * <p>The counts live in this instance's memory: behind a load balancer each instance counts for itself (so an
 * attacker spread over {@code n} instances gets up to {@code n} times the limit), and a restart forgets them.
 */
public final class LoginThrottle {

    /**
     * @param perAccount failures one email may have before it is locked
     * @param perAddress failures one client address may have before it is locked
     * @param lockout    how long failures are counted, and how long a lock lasts
     */
    public record Limits(int perAccount, int perAddress, Duration lockout) {
        public static final Limits DEFAULT = new Limits(5, 20, Duration.ofMinutes(15));
    }

    /** Counters kept at most; past this, expired ones are dropped, and if that is not enough, all of them. */
    static final int MAX_TRACKED = 100_000;

    private record Counter(int failures, Instant since, Instant lockedUntil) {
    }

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public LoginThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long a sign-in for this email from this address must wait, or empty when it may be tried. */
    public Optional<Duration> refusal(String email, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(accountKey(email), now), lockedUntil(addressKey(address), now));
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    public void failed(String email, String address) {
        count(accountKey(email), limits.perAccount());
        count(addressKey(address), limits.perAddress());
    }

    public void succeeded(String email) {
        counters.remove(accountKey(email));
    }

    private void count(String key, int limit) {
        if (counters.size() >= MAX_TRACKED) {
            prune();
        }
        Instant now = clock.instant();
        counters.compute(key, (k, old) -> {
            Counter counter = old == null || old.since().plus(limits.lockout()).isBefore(now) ? new Counter(0, now, null) : old;
            int failures = counter.failures() + 1;
            return new Counter(failures, counter.since(), failures >= limit ? now.plus(limits.lockout()) : null);
        });
    }

    private Instant lockedUntil(String key, Instant now) {
        Counter counter = counters.get(key);
        return counter == null || counter.lockedUntil() == null || !counter.lockedUntil().isAfter(now) ? null
                : counter.lockedUntil();
    }

    private void prune() {
        Instant now = clock.instant();
        counters.values().removeIf(c -> c.since().plus(limits.lockout()).isBefore(now)
                && (c.lockedUntil() == null || c.lockedUntil().isBefore(now)));
        if (counters.size() >= MAX_TRACKED) {
            counters.clear();
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static String accountKey(String email) {
        return "account:" + Emails.normalize(String.valueOf(email));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
