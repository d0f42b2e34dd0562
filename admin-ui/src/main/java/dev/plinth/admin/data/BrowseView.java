package dev.plinth.admin.data;

import dev.plinth.model.Entity;
import dev.plinth.query.Member;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.QueryLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the data table page needs beyond the rows: the builder's condition rows (those applied and one blank one to
 * add another), the columns to choose from, and the links to sort, page and export that keep the rest of the view.
 *
 * @param base       the page's own address, {@code /admin/data/{entity}}
 * @param builder    the builder's rows
 * @param columns    every column a person may filter by
 * @param choosable  the columns a person may choose to show (the label column always shows)
 * @param sortUrls   by column name, the link that sorts by it (or reverses its sort)
 * @param previous   the previous page, or {@code null} on the first
 * @param next       the next page, or {@code null} on the last
 * @param first      the first page, or {@code null} when on it
 * @param last       the last page, or {@code null} when on it or too deep to reach by offset
 * @param export     the CSV export of the whole filtered, sorted view
 */
record BrowseView(String base, List<BuilderRow> builder, List<Column> columns, List<Column> choosable,
                  Map<String, String> sortUrls,
                  String previous, String next, String first, String last, String export) {

    /** One row of the filter builder: the field, operator and value chosen, and the operators that suit the field. */
    record BuilderRow(String field, String operator, String value, List<Operator> operators) {
    }

    static BrowseView of(ModelIndex index, Entity entity, BrowseQuery query, BrowsePage page) {
        String base = "/admin/data/" + entity.name();
        List<BuilderRow> builder = new ArrayList<>();
        for (BrowseQuery.Condition condition : query.conditions()) {
            String widget = index.member(entity, condition.field()).filter(m -> !(m instanceof Member.ToMany many
                    && !many.isManyToMany())).map(m -> BrowseQuery.fieldOf(m).type().widget()).orElse("");
            List<Operator> operators = widget.isEmpty() ? List.of(Operator.values()) : Operator.suiting(widget);
            builder.add(new BuilderRow(condition.field(), condition.operator(), condition.value(), operators));
        }
        builder.add(new BuilderRow("", "", "", List.of(Operator.values())));
        List<Column> columns = Column.all(index, entity);
        Map<String, String> sortUrls = new LinkedHashMap<>();
        columns.stream().filter(Column::sortable).forEach(c -> sortUrls.put(c.name(), query.sortedBy(c.name()).url(base)));
        long pages = page == null ? 0 : page.pages();
        int at = query.page();
        return new BrowseView(base, builder, columns, Column.choosable(index, entity), sortUrls,
                at > 1 ? query.withPage((int) Math.min(at - 1, Math.max(pages, 1))).url(base) : null,
                at < pages && reachable(query, at + 1) ? query.withPage(at + 1).url(base) : null,
                at > 1 ? query.withPage(1).url(base) : null,
                at < pages && reachable(query, pages) ? query.withPage((int) pages).url(base) : null,
                query.withPage(1).url(base + "/export.csv"));
    }

    /** Whether the page starts within the engine's deepest offset. */
    private static boolean reachable(BrowseQuery query, long page) {
        return (page - 1) * query.size() <= QueryLimits.MAX_OFFSET;
    }
}
