package dev.plinth.schema;

import dev.plinth.model.Model;

/**
 * What an apply did.
 *
 * @param applied whether it changed anything; false when the database already held the model
 * @param version the model version the database holds afterwards
 * @param model   the model the database holds afterwards, with every id filled in
 * @param plan    the changes it made (empty when there was nothing to do)
 */
public record ApplyResult(boolean applied, int version, Model model, Plan plan) {
}
