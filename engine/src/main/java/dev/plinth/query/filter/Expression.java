package dev.plinth.query.filter;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A parsed filter: an immutable syntax tree, not yet checked against the model. {@code toString()} prints a node
 * in a compact prefix form, such as {@code (and (= title 'a') (is-null author))}, which the tests compare.
 */
public sealed interface Expression permits Expression.And, Expression.Or, Expression.Not, Expression.Comparison,
        Expression.In, Expression.NullCheck {

    /** The 1-based column where the node starts in the filter text. */
    int position();

    /** Every operand must hold; two or more operands, none of them an {@code And}. */
    record And(List<Expression> operands, int position) implements Expression {
        public And {
            operands = List.copyOf(operands);
        }

        @Override
        public String toString() {
            return "(and " + join(operands) + ")";
        }
    }

    /** At least one operand must hold; two or more operands, none of them an {@code Or}. */
    record Or(List<Expression> operands, int position) implements Expression {
        public Or {
            operands = List.copyOf(operands);
        }

        @Override
        public String toString() {
            return "(or " + join(operands) + ")";
        }
    }

    /** The operand must not hold; {@code position} is that of the {@code not} keyword. */
    record Not(Expression operand, int position) implements Expression {
        @Override
        public String toString() {
            return "(not " + operand + ")";
        }
    }

    /**
     * {@code path operator value}; never with a {@link Value.Null} value after {@code =} or {@code !=}, which
     * become a {@link NullCheck}.
     *
     * @param operatorPosition the 1-based column of the operator
     */
    record Comparison(Path path, Operator operator, int operatorPosition, Value value) implements Expression {
        @Override
        public int position() {
            return path.position();
        }

        @Override
        public String toString() {
            return "(" + operator.symbol() + " " + path + " " + value + ")";
        }
    }

    /**
     * {@code path in (values)} or, when {@code negated}, {@code path not in (values)}. {@code path in $user.roles}
     * is written here as a list of that one variable.
     *
     * @param operatorPosition the 1-based column of {@code in}, or of {@code not} in {@code not in}
     */
    record In(Path path, List<Value> values, boolean negated, int operatorPosition) implements Expression {
        public In {
            values = List.copyOf(values);
        }

        @Override
        public int position() {
            return path.position();
        }

        @Override
        public String toString() {
            return "(" + (negated ? "not-in " : "in ") + path + " " + join(values) + ")";
        }
    }

    /**
     * {@code path is null} or, when {@code negated}, {@code path is not null}; also {@code path = null} and
     * {@code path != null}.
     *
     * @param operatorPosition the 1-based column of {@code is}, {@code =} or {@code !=}
     */
    record NullCheck(Path path, boolean negated, int operatorPosition) implements Expression {
        @Override
        public int position() {
            return path.position();
        }

        @Override
        public String toString() {
            return "(" + (negated ? "is-not-null " : "is-null ") + path + ")";
        }
    }

    private static String join(List<?> items) {
        return items.stream().map(Object::toString).collect(Collectors.joining(" "));
    }
}
