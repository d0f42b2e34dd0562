package dev.plinth.query.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.plinth.model.type.InvalidValueException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Gives the values of a condition the type of the field they are compared with: a literal is read through the
 * field type's {@code read}, exactly as the same value in a JSON body would be; a variable must fit the field.
 */
final class ValueReader {

    private ValueReader() {
    }

    /**
     * The operand for {@code value}, or empty after adding its problem to {@code problems}.
     *
     * @param operator the comparison's operator, or {@code null} for a value in the list of {@code in}
     */
    static Optional<Resolved.Operand> read(Value value, Terminal terminal, Operator operator,
                                           List<FilterProblem> problems) {
        if (value instanceof Value.Variable variable) {
            return variable(variable, terminal, operator, problems);
        }
        if (operator != null && operator.matchesText()) {
            if (value instanceof Value.Text text && text.text().indexOf('\0') < 0) {
                return Optional.of(new Resolved.Literal(text.text()));
            }
            problems.add(new FilterProblem(FilterProblem.VALUE, value.position(), Quoting.show(value)
                    + " does not fit " + operator.symbol() + " on " + terminal.path()
                    + ": must be a text in quotes, without the NUL character"));
            return Optional.empty();
        }
        if (value instanceof Value.Null) {
            problems.add(new FilterProblem(FilterProblem.VALUE, value.position(),
                    "null cannot be compared here; write " + terminal.path() + " is null"));
            return Optional.empty();
        }
        try {
            return Optional.of(new Resolved.Literal(terminal.read(json(value))));
        } catch (InvalidValueException e) {
            problems.add(new FilterProblem(FilterProblem.VALUE, value.position(),
                    Quoting.show(value) + " does not fit " + terminal.path() + ": " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static Optional<Resolved.Operand> variable(Value.Variable written, Terminal terminal, Operator operator,
                                                       List<FilterProblem> problems) {
        Optional<FilterVariable> known = FilterVariable.named(written.name());
        if (known.isEmpty()) {
            problems.add(unknown(written));
            return Optional.empty();
        }
        FilterVariable variable = known.get();
        if (variable.isList() && operator != null) {
            problems.add(new FilterProblem(FilterProblem.VARIABLE, written.position(), variable.text()
                    + " is a list of role names; use it only as the list of in, as in: " + terminal.path() + " in "
                    + variable.text()));
            return Optional.empty();
        }
        if (!variable.fits(terminal.type())) {
            problems.add(new FilterProblem(FilterProblem.VARIABLE, written.position(), variable.text()
                    + " cannot stand for " + terminal.describe() + "; " + variable.text() + " fits "
                    + variable.fitting() + " fields"));
            return Optional.empty();
        }
        return Optional.of(new Resolved.Variable(variable));
    }

    /** The problem of a variable Plinth does not know, or empty when it knows it. */
    static Optional<FilterProblem> checkKnown(Value value) {
        return value instanceof Value.Variable variable && FilterVariable.named(variable.name()).isEmpty()
                ? Optional.of(unknown(variable)) : Optional.empty();
    }

    private static FilterProblem unknown(Value.Variable variable) {
        return new FilterProblem(FilterProblem.VARIABLE, variable.position(), variable.name()
                + " is not a variable Plinth knows; use one of " + FilterVariable.names());
    }

    /** The value as JSON, the form field types read: a whole number stays whole, so an integer field takes it. */
    private static JsonNode json(Value value) {
        if (value instanceof Value.Text text) {
            return TextNode.valueOf(text.text());
        }
        if (value instanceof Value.Numeric number) {
            return number.isWhole() ? BigIntegerNode.valueOf(new BigInteger(number.literal()))
                    : DecimalNode.valueOf(number.decimal());
        }
        if (value instanceof Value.Bool bool) {
            return BooleanNode.valueOf(bool.value());
        }
        throw new IllegalArgumentException("no JSON form for " + value);
    }
}
