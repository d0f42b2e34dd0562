package dev.plinth.query.filter;

import dev.plinth.model.Entity;

/**
 * A filter that parsed and fits the model: ready to compile, for any caller, as many times as needed. Immutable;
 * valid for the model version it was checked against.
 */
public final class CheckedFilter {

    private final Entity root;
    private final Expression expression;
    private final Resolved resolved;

    CheckedFilter(Entity root, Expression expression, Resolved resolved) {
        this.root = root;
        this.expression = expression;
        this.resolved = resolved;
    }

    /** The entity whose rows the filter selects. */
    public Entity root() {
        return root;
    }

    /** The syntax tree it was checked from. */
    public Expression expression() {
        return expression;
    }

    Resolved resolved() {
        return resolved;
    }

    @Override
    public String toString() {
        return root.name() + ": " + expression;
    }
}
