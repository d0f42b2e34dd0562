package dev.plinth.boot;

import dev.plinth.schema.ActiveModel;
import dev.plinth.schema.AppliedModel;
import java.util.Optional;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The {@code model} health of {@code /actuator/health/readiness}: up with the served version once the model is loaded,
 * down before. Reads no database (the {@code db} indicator beside it does), so a probe never waits on it.
 */
final class ModelHealthIndicator implements HealthIndicator {

    private final ActiveModel active;

    ModelHealthIndicator(ActiveModel active) {
        this.active = active;
    }

    @Override
    public Health health() {
        Optional<AppliedModel> served = active.loaded();
        return served.map(model -> Health.up().withDetail("version", model.version()).build())
                .orElseGet(() -> Health.down().withDetail("reason", "the model is not loaded yet").build());
    }
}
