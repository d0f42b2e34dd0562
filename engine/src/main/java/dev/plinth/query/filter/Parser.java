package dev.plinth.query.filter;

import dev.plinth.query.filter.Token.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A recursive-descent parser for the filter language. It stops at the first problem and checks the
 * {@link FilterLimits} as it goes. The grammar, keywords in any case:
 *
 * <pre>
 * filter    = or END
 * or        = and { "or" and }
 * and       = unary { "and" unary }
 * unary     = "not" unary | "(" or ")" | condition
 * condition = path ( operator value | ["not"] "in" list | "is" ["not"] "null" )
 * list      = "(" value { "," value } ")" | variable
 * value     = text | number | "true" | "false" | "null" | variable
 * operator  = "=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "~" | "!~" | "^~"
 * </pre>
 */
final class Parser {

    private final List<Token> tokens;
    private int at;
    private int expressions;
    private int depth;
    /** The index of the token {@link #next()} returned last. */
    private int last;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Expression parse(String text) {
        int length = text.codePointCount(0, text.length());
        if (length > FilterLimits.MAX_LENGTH) {
            throw FilterException.of(FilterProblem.TOO_LONG, FilterLimits.MAX_LENGTH + 1,
                    "the filter is " + length + " characters long; the limit is " + FilterLimits.MAX_LENGTH);
        }
        Parser parser = new Parser(Lexer.tokens(text));
        if (parser.peek().is(Kind.END)) {
            throw syntax(1, "the filter is empty");
        }
        Expression expression = parser.or();
        Token rest = parser.peek();
        if (rest.is(Kind.RIGHT)) {
            throw syntax(rest.position(), "there is a ) too many here");
        }
        if (!rest.is(Kind.END)) {
            throw syntax(rest.position(), "expected and, or or the end of the filter after a condition, found "
                    + rest.describe());
        }
        return expression;
    }

    private Expression or() {
        return chain(Kind.OR, this::and);
    }

    private Expression and() {
        return chain(Kind.AND, this::unary);
    }

    /** Operands joined by one keyword, flattened: {@code (a and b) and c} has three operands. */
    private Expression chain(Kind keyword, Supplier<Expression> operand) {
        Expression first = operand.get();
        if (!peek().is(keyword)) {
            return first;
        }
        List<Expression> operands = new ArrayList<>();
        flatten(operands, first, keyword);
        while (peek().is(keyword)) {
            count(next());
            flatten(operands, operand.get(), keyword);
        }
        return keyword == Kind.AND ? new Expression.And(operands, first.position())
                : new Expression.Or(operands, first.position());
    }

    /** Adds an operand, or the operands of a parenthesized chain of the same keyword. */
    private static void flatten(List<Expression> operands, Expression operand, Kind keyword) {
        if (keyword == Kind.AND && operand instanceof Expression.And and) {
            operands.addAll(and.operands());
        } else if (keyword == Kind.OR && operand instanceof Expression.Or or) {
            operands.addAll(or.operands());
        } else {
            operands.add(operand);
        }
    }

    private Expression unary() {
        Token token = peek();
        if (token.is(Kind.NOT)) {
            next();
            count(token);
            enter(token);
            Expression operand = unary();
            depth--;
            return new Expression.Not(operand, token.position());
        }
        if (token.is(Kind.LEFT)) {
            next();
            enter(token);
            Expression inner = or();
            Token close = next();
            if (!close.is(Kind.RIGHT)) {
                throw syntax(close.position(), "expected ) to close the ( at column " + token.position() + ", found "
                        + close.describe());
            }
            depth--;
            return inner;
        }
        return condition();
    }

    private Expression condition() {
        Token name = next();
        if (!name.is(Kind.NAME)) {
            throw syntax(name.position(), name.isValue()
                    ? "a condition starts with a field name, not " + name.describe() + "; write the field first, as in title = 'a'"
                    : "expected a condition" + after() + ", found " + name.describe());
        }
        count(name);
        Path path = new Path(Arrays.asList(name.text().split("\\.")), name.position());
        if (path.segments().size() > FilterLimits.MAX_PATH_SEGMENTS) {
            throw FilterException.of(FilterProblem.TOO_COMPLEX, name.position(), "the path " + path + " has "
                    + path.segments().size() + " names; the limit is " + FilterLimits.MAX_PATH_SEGMENTS);
        }
        Token operator = next();
        return switch (operator.kind()) {
            case OPERATOR -> comparison(path, operator);
            case IN -> new Expression.In(path, list(operator), false, operator.position());
            case NOT -> {
                Token in = next();
                if (!in.is(Kind.IN)) {
                    throw syntax(in.position(), "expected in after not, found " + in.describe());
                }
                yield new Expression.In(path, list(in), true, operator.position());
            }
            case IS -> nullCheck(path, operator);
            default -> throw syntax(operator.position(), "expected an operator after " + path + ", found "
                    + operator.describe() + "; operators are = != < <= > >= ~ !~ ^~ in, not in, is null, is not null");
        };
    }

    private Expression comparison(Path path, Token token) {
        Operator operator = operator(token.text());
        Value value = value();
        if (value instanceof Value.Null) {
            if (operator == Operator.EQ || operator == Operator.NE) {
                return new Expression.NullCheck(path, operator == Operator.NE, token.position());
            }
            throw syntax(value.position(), "null cannot follow " + operator.symbol() + "; write " + path
                    + " is null or " + path + " is not null");
        }
        return new Expression.Comparison(path, operator, token.position(), value);
    }

    private Expression nullCheck(Path path, Token is) {
        Token token = next();
        boolean negated = token.is(Kind.NOT);
        if (negated) {
            token = next();
        }
        if (!token.is(Kind.NULL)) {
            throw syntax(token.position(), "expected null after is" + (negated ? " not" : "") + ", found "
                    + token.describe());
        }
        return new Expression.NullCheck(path, negated, is.position());
    }

    private List<Value> list(Token in) {
        Token open = next();
        if (open.is(Kind.VARIABLE)) {
            return List.of(new Value.Variable(open.text(), open.position()));
        }
        if (!open.is(Kind.LEFT)) {
            throw syntax(open.position(), "expected ( and a list of values after in, found " + open.describe());
        }
        if (peek().is(Kind.RIGHT)) {
            throw syntax(peek().position(), "the list after in is empty; give at least one value");
        }
        List<Value> values = new ArrayList<>();
        while (true) {
            Value value = value();
            if (value instanceof Value.Null) {
                throw syntax(value.position(), "null cannot be in the list after in; add 'or ... is null' instead");
            }
            values.add(value);
            if (values.size() > FilterLimits.MAX_IN_VALUES) {
                throw FilterException.of(FilterProblem.TOO_COMPLEX, value.position(), "the list after the in at column "
                        + in.position() + " has more than " + FilterLimits.MAX_IN_VALUES + " values; the limit is "
                        + FilterLimits.MAX_IN_VALUES);
            }
            Token separator = next();
            if (separator.is(Kind.RIGHT)) {
                return values;
            }
            if (!separator.is(Kind.COMMA)) {
                throw syntax(separator.position(), "expected a comma or ) in the list after in, found "
                        + separator.describe());
            }
        }
    }

    private Value value() {
        Token token = next();
        return switch (token.kind()) {
            case STRING -> new Value.Text(token.text(), token.position());
            case NUMBER -> new Value.Numeric(token.text(), token.position());
            case TRUE, FALSE -> new Value.Bool(token.is(Kind.TRUE), token.position());
            case NULL -> new Value.Null(token.position());
            case VARIABLE -> new Value.Variable(token.text(), token.position());
            default -> throw syntax(token.position(), "expected a value" + after() + ", found " + token.describe());
        };
    }

    private static Operator operator(String symbol) {
        for (Operator operator : Operator.values()) {
            if (operator.symbol().equals(symbol)) {
                return operator;
            }
        }
        throw new IllegalStateException("the lexer made an unknown operator " + symbol);
    }

    /** " after 'and'": the token before the current one, for messages. */
    private String after() {
        if (last < 1) {
            return "";
        }
        Token previous = tokens.get(last - 1);
        return " after " + (previous.is(Kind.NAME) || previous.is(Kind.OPERATOR) ? previous.text() : previous.describe());
    }

    private void count(Token token) {
        if (++expressions > FilterLimits.MAX_EXPRESSIONS) {
            throw FilterException.of(FilterProblem.TOO_COMPLEX, token.position(), "the filter has more than "
                    + FilterLimits.MAX_EXPRESSIONS + " conditions, ands, ors and nots; the limit is "
                    + FilterLimits.MAX_EXPRESSIONS);
        }
    }

    private void enter(Token token) {
        if (++depth > FilterLimits.MAX_DEPTH) {
            throw FilterException.of(FilterProblem.TOO_COMPLEX, token.position(), "the filter nests parentheses and nots"
                    + " more than " + FilterLimits.MAX_DEPTH + " levels deep; the limit is " + FilterLimits.MAX_DEPTH);
        }
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token next() {
        last = at;
        Token token = tokens.get(at);
        if (!token.is(Kind.END)) {
            at++;
        }
        return token;
    }

    private static FilterException syntax(int position, String message) {
        return FilterException.of(FilterProblem.SYNTAX, position, message);
    }
}
