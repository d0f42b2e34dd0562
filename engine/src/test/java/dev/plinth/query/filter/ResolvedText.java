package dev.plinth.query.filter;

import java.util.List;
import java.util.stream.Collectors;

/** Prints a resolved filter in a compact prefix form, with each literal's Java type, for the checker's tests. */
final class ResolvedText {

    private ResolvedText() {
    }

    static String of(Resolved node) {
        if (node instanceof Resolved.All all) {
            return "(and " + join(all.parts()) + ")";
        }
        if (node instanceof Resolved.Any any) {
            return "(or " + join(any.parts()) + ")";
        }
        if (node instanceof Resolved.Negation negation) {
            return "(not " + of(negation.part()) + ")";
        }
        if (node instanceof Resolved.Through through) {
            return "(through " + through.relation().name() + " " + of(through.inner()) + ")";
        }
        if (node instanceof Resolved.Always) {
            return "(always)";
        }
        if (node instanceof Resolved.Compare compare) {
            return "(" + compare.operator().symbol() + " " + column(compare.column()) + " " + operand(compare.operand()) + ")";
        }
        if (node instanceof Resolved.Within within) {
            return "(" + (within.negated() ? "not-in " : "in ") + column(within.column()) + " "
                    + within.operands().stream().map(ResolvedText::operand).collect(Collectors.joining(" ")) + ")";
        }
        Resolved.IsNull isNull = (Resolved.IsNull) node;
        return "(" + (isNull.negated() ? "is-not-null " : "is-null ") + column(isNull.column()) + ")";
    }

    private static String join(List<Resolved> parts) {
        return parts.stream().map(ResolvedText::of).collect(Collectors.joining(" "));
    }

    private static String column(Resolved.ColumnRef column) {
        return column.name() + ":" + column.storage();
    }

    private static String operand(Resolved.Operand operand) {
        if (operand instanceof Resolved.Variable variable) {
            return variable.variable().text();
        }
        Object value = ((Resolved.Literal) operand).value();
        return value instanceof String text ? "'" + text + "'" : value + ":" + value.getClass().getSimpleName();
    }
}
