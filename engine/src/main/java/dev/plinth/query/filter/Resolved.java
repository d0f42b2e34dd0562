package dev.plinth.query.filter;

import dev.plinth.model.type.Storage;
import dev.plinth.query.Member;
import java.util.List;

/**
 * A filter checked against the model: every name resolved to a column or a relation, every value typed. The
 * compiler turns it into SQL without looking at the model again. A relation is always crossed by
 * {@link Through}, so conditions on a column only ever see the table of their own entity.
 */
sealed interface Resolved permits Resolved.All, Resolved.Any, Resolved.Negation, Resolved.Through, Resolved.Always,
        Resolved.Compare, Resolved.Within, Resolved.IsNull {

    record All(List<Resolved> parts) implements Resolved {
        public All {
            parts = List.copyOf(parts);
        }
    }

    record Any(List<Resolved> parts) implements Resolved {
        public Any {
            parts = List.copyOf(parts);
        }
    }

    record Negation(Resolved part) implements Resolved {
    }

    /**
     * There is a row of the relation's target, linked to the current row, for which {@code inner} holds.
     *
     * @param relation a {@link Member.ToOne} or {@link Member.ToMany}
     */
    record Through(Member relation, Resolved inner) implements Resolved {
    }

    /** Holds for every row; what {@code tags is not null} asks of the linked rows. */
    record Always() implements Resolved {
    }

    record Compare(ColumnRef column, Operator operator, Operand operand) implements Resolved {
    }

    record Within(ColumnRef column, List<Operand> operands, boolean negated) implements Resolved {
        public Within {
            operands = List.copyOf(operands);
        }
    }

    record IsNull(ColumnRef column, boolean negated) implements Resolved {
    }

    /** A column of the current entity's table and how it is stored. */
    record ColumnRef(String name, Storage storage) {
    }

    /** The right side of a comparison: a value read through the field's type, or a variable filled in later. */
    sealed interface Operand permits Literal, Variable {
    }

    /** @param value a String, Integer, Long, BigDecimal, Boolean, LocalDate, OffsetDateTime, LocalTime or UUID */
    record Literal(Object value) implements Operand {
    }

    record Variable(FilterVariable variable) implements Operand {
    }
}
