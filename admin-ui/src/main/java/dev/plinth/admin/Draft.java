package dev.plinth.admin;

import dev.plinth.model.Model;

/**
 * A design change made in the UI and not applied yet: the whole model as it would be, the applied version it was made
 * from, and what the person did, in words.
 *
 * @param baseVersion the applied model version the change starts from
 * @param model       the model with the change
 * @param description what changed, such as "Add field rating to post"
 * @param returnTo    where to go once it is applied or discarded
 */
public record Draft(int baseVersion, Model model, String description, String returnTo) {
}
