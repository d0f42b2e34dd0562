package dev.plinth.query.filter;

import dev.plinth.model.Entity;
import dev.plinth.model.type.Storage;
import dev.plinth.query.Member;
import dev.plinth.schema.SchemaNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableLike;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Turns a checked filter into a jOOQ condition on a root table. Every value is a bind value; every identifier comes
 * from the model through {@link SchemaNames} and {@link DSL#name}. A relation becomes an {@code exists} subquery
 * whose tables get aliases {@code f1}, {@code f2}, ... unique within one compilation. A root aliased {@code fK} is
 * a table of another compilation's subquery (a {@link RowFilter} compiling a filter of its own there), so its
 * aliases start at {@code f(K+1)}: along any chain of nested subqueries the numbers only grow, and an inner alias
 * never hides a table an outer condition refers to. Other root aliases must not look like {@code fK}.
 */
final class FilterCompiler {

    /** The escape character of the patterns {@code ~}, {@code !~} and {@code ^~} build. */
    static final char ESCAPE = '\\';

    private final Variables variables;
    private final RowFilter rowFilter;
    private int aliases;

    private FilterCompiler(Variables variables, RowFilter rowFilter, int aliases) {
        this.variables = variables;
        this.rowFilter = rowFilter;
        this.aliases = aliases;
    }

    static Condition compile(CheckedFilter filter, Table<?> root, Variables variables, RowFilter rowFilter) {
        return new FilterCompiler(variables, rowFilter, aliasNumber(root.getName())).condition(filter.resolved(), root);
    }

    /** {@code K} for a table aliased {@code fK} by a compilation, otherwise 0. */
    static int aliasNumber(String alias) {
        if (alias.length() < 2 || alias.length() > 9 || alias.charAt(0) != 'f') {
            return 0;
        }
        for (int i = 1; i < alias.length(); i++) {
            if (alias.charAt(i) < '0' || alias.charAt(i) > '9') {
                return 0;
            }
        }
        return Integer.parseInt(alias.substring(1));
    }

    private Condition condition(Resolved node, Table<?> table) {
        if (node instanceof Resolved.All all) {
            return DSL.and(all.parts().stream().map(part -> condition(part, table)).toList());
        }
        if (node instanceof Resolved.Any any) {
            return DSL.or(any.parts().stream().map(part -> condition(part, table)).toList());
        }
        if (node instanceof Resolved.Negation negation) {
            return DSL.not(condition(negation.part(), table));
        }
        if (node instanceof Resolved.Through through) {
            return through(through, table);
        }
        if (node instanceof Resolved.Always) {
            return DSL.noCondition();
        }
        if (node instanceof Resolved.Compare compare) {
            return compare(compare, table);
        }
        if (node instanceof Resolved.Within within) {
            return within(within, table);
        }
        Resolved.IsNull isNull = (Resolved.IsNull) node;
        Field<Object> column = column(table, isNull.column());
        return isNull.negated() ? column.isNotNull() : column.isNull();
    }

    /** {@code exists (select 1 from <target> where <link to the current row> and <row filter> and <inner>)}. */
    private Condition through(Resolved.Through through, Table<?> table) {
        Member relation = through.relation();
        Entity target = PathResolver.target(relation);
        Member.ToMany manyToMany = relation instanceof Member.ToMany many && many.isManyToMany() ? many : null;
        Table<?> junction = manyToMany != null ? alias(manyToMany.junction()) : null;
        Table<?> rows = alias(SchemaNames.table(target));
        TableLike<?> from = rows;
        Condition link;
        if (relation instanceof Member.ToOne one) {
            link = id(rows).eq(uuid(table, one.column()));
        } else if (junction != null) {
            from = junction.join(rows).on(id(rows).eq(uuid(junction, SchemaNames.TARGET_ID)));
            link = uuid(junction, SchemaNames.SOURCE_ID).eq(id(table));
        } else {
            link = uuid(rows, ((Member.ToMany) relation).column()).eq(id(table));
        }
        return DSL.exists(DSL.selectOne().from(from)
                .where(link, rowFilter.forEntity(target, rows), condition(through.inner(), rows)));
    }

    private Condition compare(Resolved.Compare compare, Table<?> table) {
        Field<Object> column = column(table, compare.column());
        Object value = value(compare.operand(), compare.column().storage());
        return switch (compare.operator()) {
            case EQ -> column.eq(DSL.val(value, column));
            case NE -> column.ne(DSL.val(value, column));
            case LT -> column.lt(DSL.val(value, column));
            case LE -> column.le(DSL.val(value, column));
            case GT -> column.gt(DSL.val(value, column));
            case GE -> column.ge(DSL.val(value, column));
            case CONTAINS -> column.likeIgnoreCase(pattern(value, "%", "%"), ESCAPE);
            case NOT_CONTAINS -> column.notLikeIgnoreCase(pattern(value, "%", "%"), ESCAPE);
            case STARTS_WITH -> column.likeIgnoreCase(pattern(value, "", "%"), ESCAPE);
        };
    }

    private Condition within(Resolved.Within within, Table<?> table) {
        Field<Object> column = column(table, within.column());
        List<Field<Object>> values = new ArrayList<>();
        for (Resolved.Operand operand : within.operands()) {
            Object value = value(operand, within.column().storage());
            if (operand instanceof Resolved.Variable variable && variable.variable().isList()) {
                ((Collection<?>) value).forEach(item -> values.add(DSL.val(item, column)));
            } else {
                values.add(DSL.val(value, column));
            }
        }
        return within.negated() ? column.notIn(values) : column.in(values);
    }

    private Object value(Resolved.Operand operand, Storage storage) {
        if (operand instanceof Resolved.Literal literal) {
            return literal.value();
        }
        return ((Resolved.Variable) operand).variable().value(variables, storage);
    }

    /** A bound LIKE pattern matching {@code value} literally: its %, _ and escape characters are escaped. */
    private static Field<String> pattern(Object value, String before, String after) {
        if (value == null) {
            return DSL.val(null, SQLDataType.VARCHAR);
        }
        String escaped = value.toString()
                .replace(String.valueOf(ESCAPE), ESCAPE + "" + ESCAPE)
                .replace("%", ESCAPE + "%")
                .replace("_", ESCAPE + "_");
        return DSL.val(before + escaped + after, SQLDataType.VARCHAR);
    }

    private Table<?> alias(String table) {
        return DSL.table(DSL.name(table)).as(DSL.name("f" + ++aliases));
    }

    @SuppressWarnings("unchecked")
    private static Field<Object> column(Table<?> table, Resolved.ColumnRef column) {
        return (Field<Object>) DSL.field(table.getQualifiedName().append(column.name()), ColumnTypes.of(column.storage()));
    }

    private static Field<java.util.UUID> uuid(Table<?> table, String column) {
        return DSL.field(table.getQualifiedName().append(column), SQLDataType.UUID);
    }

    private static Field<java.util.UUID> id(Table<?> table) {
        return uuid(table, SchemaNames.ID);
    }
}
