package dev.plinth.query.read;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The condition "comes after this row" for keyset paging, over the sort expressions then the id. PostgreSQL sorts
 * nulls as larger than every value (last ascending, first descending); the condition follows that order.
 */
final class Keyset {

    private Keyset() {
    }

    static Condition after(List<Field<Object>> keys, List<Boolean> descending, Field<Object> id, List<Object> values) {
        List<Condition> alternatives = new ArrayList<>();
        List<Condition> equalSoFar = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            alternatives.add(DSL.and(equalSoFar).and(later(keys.get(i), descending.get(i), values.get(i))));
            equalSoFar.add(values.get(i) == null ? keys.get(i).isNull() : keys.get(i).eq(values.get(i)));
        }
        alternatives.add(DSL.and(equalSoFar).and(id.gt(values.get(keys.size()))));
        return DSL.or(alternatives);
    }

    private static Condition later(Field<Object> key, boolean descending, Object value) {
        if (value == null) {
            return descending ? key.isNotNull() : DSL.falseCondition();
        }
        return descending ? key.lt(value) : key.gt(value).or(key.isNull());
    }
}
