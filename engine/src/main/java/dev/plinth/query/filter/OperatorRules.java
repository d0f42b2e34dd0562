package dev.plinth.query.filter;

import dev.plinth.model.type.FieldType;
import dev.plinth.model.type.FieldTypes;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which operators apply to which field types. {@code in} and {@code not in} apply wherever {@code =} does;
 * {@code is null} and {@code is not null} apply to every field. A type not listed here (a new one) takes only the
 * null checks until it is added.
 */
final class OperatorRules {

    private static final Set<Operator> TEXT = EnumSet.allOf(Operator.class);
    private static final Set<Operator> CHOICE = EnumSet.of(Operator.EQ, Operator.NE, Operator.CONTAINS,
            Operator.NOT_CONTAINS, Operator.STARTS_WITH);
    private static final Set<Operator> ORDERED = EnumSet.range(Operator.EQ, Operator.GE);
    private static final Set<Operator> EQUALITY = EnumSet.of(Operator.EQ, Operator.NE);

    private static final Map<FieldType, Set<Operator>> BY_TYPE = Map.ofEntries(
            Map.entry(FieldTypes.STRING, TEXT),
            Map.entry(FieldTypes.TEXT, TEXT),
            Map.entry(FieldTypes.EMAIL, TEXT),
            Map.entry(FieldTypes.URL, TEXT),
            Map.entry(FieldTypes.ENUM, CHOICE),
            Map.entry(FieldTypes.INTEGER, ORDERED),
            Map.entry(FieldTypes.LONG, ORDERED),
            Map.entry(FieldTypes.DECIMAL, ORDERED),
            Map.entry(FieldTypes.DATE, ORDERED),
            Map.entry(FieldTypes.DATETIME, ORDERED),
            Map.entry(FieldTypes.TIME, ORDERED),
            Map.entry(FieldTypes.BOOLEAN, EQUALITY),
            Map.entry(FieldTypes.UUID, EQUALITY),
            Map.entry(FieldTypes.REFERENCE, EQUALITY),
            Map.entry(FieldTypes.REFERENCES, EQUALITY));

    private OperatorRules() {
    }

    static boolean allows(FieldType type, Operator operator) {
        return BY_TYPE.getOrDefault(type, Set.of()).contains(operator);
    }

    /** Whether {@code in} and {@code not in} apply. */
    static boolean allowsIn(FieldType type) {
        return allows(type, Operator.EQ);
    }

    /** What to use instead, for messages: "use =, !=, in or is null". */
    static String advice(FieldType type) {
        Set<Operator> allowed = BY_TYPE.getOrDefault(type, Set.of());
        if (allowed.isEmpty()) {
            return "it can only be tested with is null and is not null";
        }
        return "use " + allowed.stream().map(Operator::symbol).collect(Collectors.joining(", "))
                + ", in, not in, is null or is not null";
    }
}
