package dev.plinth.query.filter;

import java.math.BigDecimal;

/** A value on the right of a comparison or in the list of {@code in}, as written; the checker gives it a type. */
public sealed interface Value permits Value.Text, Value.Numeric, Value.Bool, Value.Null, Value.Variable {

    /** The 1-based column where the value starts in the filter text. */
    int position();

    /** A text in single or double quotes, its doubled quotes already undone. */
    record Text(String text, int position) implements Value {
        @Override
        public String toString() {
            return "'" + text.replace("'", "''") + "'";
        }
    }

    /** A number exactly as written: {@code 42}, {@code -1.5}, {@code 2e3}. */
    record Numeric(String literal, int position) implements Value {
        /** Whether the number is written without a point or an exponent. */
        public boolean isWhole() {
            return literal.chars().allMatch(c -> c == '-' || Character.isDigit(c));
        }

        public BigDecimal decimal() {
            return new BigDecimal(literal);
        }

        @Override
        public String toString() {
            return literal;
        }
    }

    record Bool(boolean value, int position) implements Value {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** {@code null}; the parser turns {@code x = null} into a {@link Expression.NullCheck}, so it rarely survives. */
    record Null(int position) implements Value {
        @Override
        public String toString() {
            return "null";
        }
    }

    /** A variable the caller fills in, such as {@code $user.id}; {@code name} includes the dollar sign. */
    record Variable(String name, int position) implements Value {
        @Override
        public String toString() {
            return name;
        }
    }
}
