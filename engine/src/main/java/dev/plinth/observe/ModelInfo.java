package dev.plinth.observe;

import dev.plinth.schema.ActiveModel;
import dev.plinth.schema.AppliedModel;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * {@code /actuator/info}'s {@code model}: the name, version, hash and time of the applied model this instance serves,
 * so a deploy can check that every instance serves the version it applied. Who applied it is left out: the endpoint
 * is open, and that can be a person's email.
 */
final class ModelInfo implements InfoContributor {

    private final ActiveModel active;

    ModelInfo(ActiveModel active) {
        this.active = active;
    }

    @Override
    public void contribute(Info.Builder builder) {
        AppliedModel applied = active.current();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", applied.model().name());
        model.put("version", applied.version());
        model.put("hash", applied.hash());
        if (applied.appliedAt() != null) {
            model.put("appliedAt", applied.appliedAt().toInstant().toString());
        }
        builder.withDetail("model", model);
    }
}
