package dev.plinth.security.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2030-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Limits(3, 5, Duration.ofMinutes(15)), clock);

    @Test
    void anAccountIsLockedAfterItsLimitOfFailuresForTheLockoutPeriod() {
        for (int i = 0; i < 2; i++) {
            throttle.failed("ann@example.com", "10.0.0.1");
        }
        assertThat(throttle.refusal("ann@example.com", "10.0.0.1")).isEmpty();

        throttle.failed("Ann@Example.com", "10.0.0.2");

        assertThat(throttle.refusal("ann@example.com", "10.0.0.9")).contains(Duration.ofMinutes(15));
        assertThat(throttle.refusal("bob@example.com", "10.0.0.1")).as("other accounts").isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.refusal("ann@example.com", "10.0.0.9")).contains(Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.refusal("ann@example.com", "10.0.0.9")).isEmpty();
    }

    @Test
    void anAddressIsLockedAfterItsLimitWhateverTheAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i + "@example.com", "10.0.0.1");
        }

        assertThat(throttle.refusal("new@example.com", "10.0.0.1")).isPresent();
        assertThat(throttle.refusal("new@example.com", "10.0.0.2")).isEmpty();
    }

    @Test
    void failuresOlderThanTheLockoutPeriodAreForgotten() {
        throttle.failed("ann@example.com", "10.0.0.1");
        throttle.failed("ann@example.com", "10.0.0.1");
        clock.advance(Duration.ofMinutes(16));

        throttle.failed("ann@example.com", "10.0.0.1");

        assertThat(throttle.refusal("ann@example.com", "10.0.0.1")).isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountsCount() {
        throttle.failed("ann@example.com", "10.0.0.1");
        throttle.failed("ann@example.com", "10.0.0.1");
        throttle.succeeded("ann@example.com");

        throttle.failed("ann@example.com", "10.0.0.1");
        throttle.failed("ann@example.com", "10.0.0.1");

        assertThat(throttle.refusal("ann@example.com", "10.0.0.3")).isEmpty();
    }
}
