package dev.plinth.schema;

import dev.plinth.model.Model;
import java.time.OffsetDateTime;

/**
 * One applied version of the model, as recorded in {@code plinth_model_version}.
 *
 * @param version   1 for the first apply, then one more each time; 0 for an empty database
 * @param model     the whole model as applied
 * @param hash      SHA-256 of the model's canonical JSON
 * @param appliedAt when it was applied
 * @param appliedBy who applied it (a user, or the command line and the operating system user)
 * @param summary   the changes it made, one a line
 */
public record AppliedModel(int version, Model model, String hash, OffsetDateTime appliedAt, String appliedBy,
                           String summary) {

    public static AppliedModel none() {
        return new AppliedModel(0, Model.empty(), ModelHash.of(Model.empty()), null, null, "");
    }
}
