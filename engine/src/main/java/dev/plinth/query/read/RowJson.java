package dev.plinth.query.read;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.jsonEntry;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;

import dev.plinth.model.Entity;
import dev.plinth.query.Access;
import dev.plinth.query.ColumnTypes;
import dev.plinth.query.Member;
import dev.plinth.query.QueryLimits;
import dev.plinth.schema.SchemaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.JSONEntry;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.SelectSelectStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Builds the JSON of rows inside PostgreSQL: a {@code json_build_object} per row with its selected members, and a
 * correlated subquery with JSON aggregation for each relation, filtered by the caller's access to its entity.
 */
final class RowJson {

    /** PostgreSQL passes at most 100 arguments to a function: 50 key-value pairs a {@code json_build_object}. */
    private static final int PAIRS_PER_OBJECT = 50;

    private final Access access;
    private final Aliases aliases;

    RowJson(Access access, Aliases aliases) {
        this.access = access;
        this.aliases = aliases;
    }

    static Field<Object> column(Table<?> alias, String column, org.jooq.DataType<?> type) {
        @SuppressWarnings("unchecked")
        org.jooq.DataType<Object> dataType = (org.jooq.DataType<Object>) type;
        return field(name(alias.getName(), column), dataType);
    }

    static Field<UUID> uuid(Table<?> alias, String column) {
        return field(name(alias.getName(), column), SQLDataType.UUID);
    }

    static Field<UUID> id(Table<?> alias) {
        return field(name(alias.getName(), SchemaNames.ID), SQLDataType.UUID);
    }

    /**
     * The JSON object of one row of {@code selection}'s entity, aliased {@code alias}. Its keys are the model's member
     * names written into the SQL as literals: the statement's text depends only on the model, the selection and the
     * caller's rules, and only values the request brings are bound.
     */
    Field<?> object(Selection selection, Table<?> alias) {
        List<JSONEntry<?>> entries = new ArrayList<>();
        for (Member member : selection.members()) {
            entries.add(jsonEntry(inline(member.name()), value(selection, member, alias)));
        }
        if (entries.size() <= PAIRS_PER_OBJECT) {
            return DSL.jsonObject(entries);
        }
        Field<?> merged = null;
        for (int from = 0; from < entries.size(); from += PAIRS_PER_OBJECT) {
            Field<?> chunk = DSL.jsonbObject(entries.subList(from, Math.min(entries.size(), from + PAIRS_PER_OBJECT)));
            merged = merged == null ? chunk : field("({0} || {1})", SQLDataType.JSONB, merged, chunk);
        }
        return merged;
    }

    /** The JSON value of {@code member} on the row aliased {@code alias}: a column, or a relation's subquery. */
    Field<?> value(Selection selection, Member member, Table<?> alias) {
        Selection embedded = selection.expanded().get(member.name());
        if (member instanceof Member.Scalar scalar) {
            return column(alias, scalar.column(), ColumnTypes.of(scalar.field()));
        }
        if (member instanceof Member.ToOne one) {
            return embedded == null ? column(alias, one.column(), SQLDataType.UUID) : toOne(one, embedded, alias);
        }
        Member.ToMany many = (Member.ToMany) member;
        return embedded == null ? ids(many, alias) : toMany(many, embedded, alias);
    }

    private Field<?> toOne(Member.ToOne member, Selection embedded, Table<?> alias) {
        Table<?> target = aliases.of(member.target());
        return field(select(object(embedded, target)).from(target)
                .where(id(target).eq(uuid(alias, member.column())))
                .and(access.rows(member.target(), target)));
    }

    private Field<?> toMany(Member.ToMany member, Selection embedded, Table<?> alias) {
        Table<?> target = aliases.of(member.target());
        var rows = linked(member, target, alias, select(object(embedded, target).as("j"), id(target).as("k")))
                .and(access.rows(member.target(), target))
                .orderBy(id(target))
                .limit(inline(QueryLimits.MAX_EXPANDED_ROWS))
                .asTable(aliases.name());
        return inOrder(rows, "j", SQLDataType.JSON, "to_json({0})", SQLDataType.JSON);
    }

    /**
     * The ids of related rows, for a relation listed but not expanded. When the caller may see every row of the
     * target, the ids of a many-to-many relation come from the junction table alone (its primary key index answers
     * them; its foreign key guarantees the rows exist).
     */
    private Field<?> ids(Member.ToMany member, Table<?> alias) {
        return inOrder(idRows(member, alias), "k", SQLDataType.UUID, "to_json({0})", SQLDataType.JSON);
    }

    /**
     * The ids of {@link #ids} as text, in order, separated by commas; empty when there are none. Cheaper for
     * PostgreSQL than their JSON array, and a UUID needs no escaping (see {@link RowColumns}).
     */
    Field<String> idList(Member.ToMany member, Table<?> alias) {
        return inOrder(idRows(member, alias), "k", SQLDataType.UUID, "array_to_string({0}, ',')", SQLDataType.VARCHAR);
    }

    /**
     * {@code template} applied to the array of column {@code value} of {@code rows}, in the order of their column
     * {@code k}. An array built from a subquery keeps the subquery's order, and PostgreSQL reads these rows in that
     * order already (an index, or the sort under the subquery's limit); an ordered aggregate ({@code json_agg(j order
     * by k)}) would sort them again, a sort set up for every row of the outer query, which made a page of posts with
     * their tag ids about 40% dearer for PostgreSQL.
     */
    private static <T, R> Field<R> inOrder(Table<?> rows, String value, org.jooq.DataType<T> type, String template,
                                           org.jooq.DataType<R> result) {
        Field<T> column = field(name(rows.getName(), value), type);
        return field(template, result, DSL.array(select(column).from(rows).orderBy(rows.field("k"))));
    }

    private Table<?> idRows(Member.ToMany member, Table<?> alias) {
        Table<?> target = aliases.of(member.target());
        Condition visible = access.rows(member.target(), target);
        int limit = member.isManyToMany() ? QueryLimits.MAX_BATCH_SIZE : QueryLimits.MAX_EXPANDED_ROWS;
        Table<?> rows;
        if (member.isManyToMany() && visible == DSL.noCondition()) {
            Table<?> link = aliases.of(member.junction());
            Field<UUID> linked = uuid(link, SchemaNames.TARGET_ID);
            rows = select(linked.as("k"))
                    .from(link)
                    .where(uuid(link, SchemaNames.SOURCE_ID).eq(id(alias)))
                    .orderBy(linked)
                    .limit(inline(limit))
                    .asTable(aliases.name());
        } else {
            rows = linked(member, target, alias, select(id(target).as("k")))
                    .and(visible)
                    .orderBy(id(target))
                    .limit(inline(limit))
                    .asTable(aliases.name());
        }
        return rows;
    }

    /**
     * {@code select} from the rows of the relation's target linked to the row {@code alias}: through the junction
     * table for a many-to-many relation (driven by its primary key index, the source id first), by the target's
     * reference column otherwise.
     */
    private <R extends Record> SelectConditionStep<R> linked(Member.ToMany member, Table<?> target, Table<?> alias,
                                                             SelectSelectStep<R> select) {
        if (member.isManyToMany()) {
            Table<?> link = aliases.of(member.junction());
            return select.from(link)
                    .join(target).on(id(target).eq(uuid(link, SchemaNames.TARGET_ID)))
                    .where(uuid(link, SchemaNames.SOURCE_ID).eq(id(alias)));
        }
        return select.from(target).where(uuid(target, member.column()).eq(id(alias)));
    }

    /** The expression a sort key orders by: a column, or a column of a row reached through to-one relations. */
    Field<Object> sortValue(List<Member> path, int step, Table<?> alias) {
        Member member = path.get(step);
        if (step == path.size() - 1) {
            return member instanceof Member.Scalar scalar
                    ? column(alias, scalar.column(), ColumnTypes.of(scalar.field()))
                    : column(alias, ((Member.ToOne) member).column(), SQLDataType.UUID);
        }
        Member.ToOne one = (Member.ToOne) member;
        Table<?> target = aliases.of(one.target());
        Field<Object> inner = sortValue(path, step + 1, target);
        return field(select(inner).from(target)
                .where(id(target).eq(uuid(alias, one.column())))
                .and(access.rows(one.target(), target)));
    }

}
