package dev.plinth.schema;

import dev.plinth.model.Model;

/**
 * A plan and what it was made from.
 *
 * @param current the model the database holds now
 * @param desired the model asked for, with every id filled in
 * @param plan    the changes from one to the other, with their SQL
 */
public record PlanResult(AppliedModel current, Model desired, Plan plan) {
}
