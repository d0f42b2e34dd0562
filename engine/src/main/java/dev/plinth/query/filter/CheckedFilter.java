package dev.plinth.query.filter;

import dev.plinth.model.Entity;
import dev.plinth.query.Member;
import java.util.List;

/**
 * A filter that parsed and fits the model: ready to compile, for any caller, as many times as needed. Immutable;
 * valid for the model version it was checked against.
 */
public final class CheckedFilter {

    private final Entity root;
    private final Expression expression;
    private final Resolved resolved;
    private final List<Use> members;

    /**
     * One name of a path in the filter, resolved: what permissions ask about before a caller may filter on it.
     *
     * @param entity   the entity the member belongs to: the root, or the entity a relation before it leads to
     * @param member   the member the name resolved to
     * @param path     the path up to and including this name, as written, such as {@code author.email}
     * @param position the 1-based column of the name in the filter text
     */
    public record Use(Entity entity, Member member, String path, int position) {
    }

    CheckedFilter(Entity root, Expression expression, Resolved resolved, List<Use> members) {
        this.root = root;
        this.expression = expression;
        this.resolved = resolved;
        this.members = List.copyOf(members);
    }

    /** Whether the filter names {@code $now}, so that it compiles to a different value at every moment. */
    public boolean readsTheClock() {
        return anyValue(expression, CheckedFilter::isClock);
    }

    /**
     * Whether the filter names a variable ({@code $user.id}, {@code $now}...), so that it compiles to different values
     * for different callers or moments; without one, the same text compiles to the same values for everyone.
     */
    public boolean readsVariables() {
        return anyValue(expression, value -> value instanceof Value.Variable);
    }

    private static boolean anyValue(Expression expression, java.util.function.Predicate<Value> test) {
        if (expression instanceof Expression.And and) {
            return and.operands().stream().anyMatch(operand -> anyValue(operand, test));
        }
        if (expression instanceof Expression.Or or) {
            return or.operands().stream().anyMatch(operand -> anyValue(operand, test));
        }
        if (expression instanceof Expression.Not not) {
            return anyValue(not.operand(), test);
        }
        if (expression instanceof Expression.Comparison comparison) {
            return test.test(comparison.value());
        }
        return expression instanceof Expression.In in && in.values().stream().anyMatch(test);
    }

    private static boolean isClock(Value value) {
        return value instanceof Value.Variable variable
                && FilterVariable.named(variable.name()).filter(FilterVariable.NOW::equals).isPresent();
    }

    /** The entity whose rows the filter selects. */
    public Entity root() {
        return root;
    }

    /** The syntax tree it was checked from. */
    public Expression expression() {
        return expression;
    }

    /**
     * Every member the filter names, in the order written: each relation a path goes through, and the member it ends
     * at. {@code author.email = 'x'} names {@code post.author} and {@code author.email}.
     */
    public List<Use> members() {
        return members;
    }

    Resolved resolved() {
        return resolved;
    }

    @Override
    public String toString() {
        return root.name() + ": " + expression;
    }
}
