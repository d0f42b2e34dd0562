package dev.plinth.query.filter;

import dev.plinth.model.Entity;
import dev.plinth.query.Member;
import dev.plinth.query.ModelIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checks a syntax tree against the model and resolves it, collecting every problem rather than stopping at the
 * first. A path through a relation becomes {@link Resolved.Through}, one for each relation crossed; a path ending
 * at a to-many relation asks about the ids of its linked rows: {@code tags = x} is "x is linked",
 * {@code tags != x} "x is not linked", {@code tags is null} "nothing is linked".
 */
final class FilterChecker {

    private final PathResolver paths;
    private final List<FilterProblem> problems = new ArrayList<>();
    private final List<CheckedFilter.Use> uses = new ArrayList<>();

    private FilterChecker(ModelIndex index) {
        this.paths = new PathResolver(index);
    }

    static CheckedFilter check(Expression expression, ModelIndex index, Entity root) {
        FilterChecker checker = new FilterChecker(index);
        Resolved resolved = checker.resolve(expression, root);
        if (!checker.problems.isEmpty()) {
            List<FilterProblem> sorted = new ArrayList<>(checker.problems);
            sorted.sort(Comparator.comparingInt(FilterProblem::position));
            throw new FilterException(sorted);
        }
        return new CheckedFilter(root, expression, resolved, checker.uses);
    }

    private Resolved resolve(Expression expression, Entity root) {
        if (expression instanceof Expression.And and) {
            return new Resolved.All(and.operands().stream().map(e -> resolve(e, root)).toList());
        }
        if (expression instanceof Expression.Or or) {
            return new Resolved.Any(or.operands().stream().map(e -> resolve(e, root)).toList());
        }
        if (expression instanceof Expression.Not not) {
            return new Resolved.Negation(resolve(not.operand(), root));
        }
        Path path = pathOf(expression);
        Optional<PathResolver.Walk> walk = paths.resolve(root, path, problems);
        if (walk.isEmpty()) {
            valuesOf(expression).forEach(v -> ValueReader.checkKnown(v).ifPresent(problems::add));
            return new Resolved.Always();
        }
        record(root, path, walk.get());
        Terminal terminal = Terminal.of(path, walk.get().last());
        Resolved resolved = terminal.isToMany() ? linked(expression, terminal) : onColumn(expression, terminal);
        List<Member> crossed = walk.get().crossed();
        for (int i = crossed.size() - 1; i >= 0; i--) {
            resolved = new Resolved.Through(crossed.get(i), resolved);
        }
        return resolved;
    }

    /** Notes each member the path names, with the entity it belongs to. */
    private void record(Entity root, Path path, PathResolver.Walk walk) {
        Entity entity = root;
        List<Member> crossed = walk.crossed();
        for (int i = 0; i <= crossed.size(); i++) {
            Member member = i < crossed.size() ? crossed.get(i) : walk.last();
            uses.add(new CheckedFilter.Use(entity, member, String.join(".", path.segments().subList(0, i + 1)),
                    path.position(i)));
            if (i < crossed.size()) {
                entity = PathResolver.target(member);
            }
        }
    }

    /** A condition on a column of the entity the path ends at. */
    private Resolved onColumn(Expression condition, Terminal terminal) {
        if (condition instanceof Expression.NullCheck check) {
            return new Resolved.IsNull(terminal.column(), check.negated());
        }
        if (condition instanceof Expression.Comparison comparison) {
            Operator operator = comparison.operator();
            if (!OperatorRules.allows(terminal.type(), operator)) {
                operatorProblem(operator.symbol(), comparison.operatorPosition(), terminal);
                return new Resolved.Always();
            }
            return ValueReader.read(comparison.value(), terminal, operator, problems)
                    .<Resolved>map(operand -> new Resolved.Compare(terminal.column(), operator, operand))
                    .orElseGet(Resolved.Always::new);
        }
        Expression.In in = (Expression.In) condition;
        if (!OperatorRules.allowsIn(terminal.type())) {
            operatorProblem(in.negated() ? "not in" : "in", in.operatorPosition(), terminal);
            return new Resolved.Always();
        }
        return new Resolved.Within(terminal.column(), operands(in, terminal), in.negated());
    }

    /** A condition on the ids of the rows a to-many relation links. */
    private Resolved linked(Expression condition, Terminal terminal) {
        Member relation = terminal.member();
        if (condition instanceof Expression.NullCheck check) {
            Resolved any = new Resolved.Through(relation, new Resolved.Always());
            return check.negated() ? any : new Resolved.Negation(any);
        }
        boolean negated;
        Resolved onIds;
        if (condition instanceof Expression.Comparison comparison) {
            Operator operator = comparison.operator();
            if (!OperatorRules.allows(terminal.type(), operator)) {
                operatorProblem(operator.symbol(), comparison.operatorPosition(), terminal);
                return new Resolved.Always();
            }
            negated = operator == Operator.NE;
            onIds = ValueReader.read(comparison.value(), terminal, operator, problems)
                    .<Resolved>map(operand -> new Resolved.Compare(terminal.column(), Operator.EQ, operand))
                    .orElseGet(Resolved.Always::new);
        } else {
            Expression.In in = (Expression.In) condition;
            negated = in.negated();
            onIds = new Resolved.Within(terminal.column(), operands(in, terminal), false);
        }
        Resolved any = new Resolved.Through(relation, onIds);
        return negated ? new Resolved.Negation(any) : any;
    }

    private List<Resolved.Operand> operands(Expression.In in, Terminal terminal) {
        List<Resolved.Operand> operands = new ArrayList<>();
        for (Value value : in.values()) {
            ValueReader.read(value, terminal, null, problems).ifPresent(operands::add);
        }
        return operands;
    }

    private void operatorProblem(String operator, int position, Terminal terminal) {
        problems.add(new FilterProblem(FilterProblem.OPERATOR, position, "'" + operator + "' does not apply to "
                + terminal.describe() + "; " + OperatorRules.advice(terminal.type())));
    }

    private static Path pathOf(Expression condition) {
        if (condition instanceof Expression.Comparison comparison) {
            return comparison.path();
        }
        if (condition instanceof Expression.In in) {
            return in.path();
        }
        return ((Expression.NullCheck) condition).path();
    }

    private static List<Value> valuesOf(Expression condition) {
        if (condition instanceof Expression.Comparison comparison) {
            return List.of(comparison.value());
        }
        return condition instanceof Expression.In in ? in.values() : List.of();
    }
}
