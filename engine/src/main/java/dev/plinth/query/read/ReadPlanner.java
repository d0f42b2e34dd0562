package dev.plinth.query.read;

import dev.plinth.model.Entity;
import dev.plinth.query.Access;
import dev.plinth.query.FilterFactory;
import dev.plinth.query.Member;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.QueryException;
import dev.plinth.query.QueryLimits;
import dev.plinth.query.RowCondition;
import dev.plinth.query.Shown;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a read's raw parameters against the model and the caller's access and turns them into a {@link ReadPlan}.
 * Every limit is checked here, before any SQL.
 */
public final class ReadPlanner {

    private final ModelIndex index;
    private final FilterFactory filters;
    private final CursorCodec cursors;

    public ReadPlanner(ModelIndex index, FilterFactory filters, CursorCodec cursors) {
        this.index = index;
        this.filters = filters;
        this.cursors = cursors;
    }

    /** Plans a list of {@code entity}. */
    public ReadPlan list(Entity entity, ReadParameters parameters, Access access) {
        Selection selection = SelectionParser.parse(index, entity, parameters.fields(), parameters.expand(), access);
        RowCondition filter = parameters.filter() == null || parameters.filter().isBlank() ? RowCondition.NONE
                : filters.parse(parameters.filter(), index, entity, access);
        List<SortKey> sort = sort(entity, parameters.sort(), access);
        int limit = number("limit", parameters.limit(), QueryLimits.DEFAULT_PAGE_SIZE, 1, QueryLimits.MAX_PAGE_SIZE);
        int offset = number("offset", parameters.offset(), 0, 0, QueryLimits.MAX_OFFSET);
        List<Object> after = null;
        if (parameters.cursor() != null && !parameters.cursor().isEmpty()) {
            if (parameters.offset() != null) {
                throw QueryException.invalidParameter("cursor", "page.cursor-with-offset",
                        "page by cursor or by offset, not both");
            }
            after = cursors.decode(parameters.cursor(), entity, sort);
        }
        String shape = after != null || !filter.constant() ? null : String.join("\n", selection.signature(),
                String.valueOf(parameters.filter()), String.valueOf(parameters.sort()), Integer.toString(limit),
                Integer.toString(offset), String.valueOf(parameters.count()));
        return new ReadPlan(entity, selection, filter, sort, new Page(limit, offset, after), count(parameters.count()),
                shape);
    }

    /** Plans a read of one row. */
    public Selection row(Entity entity, ReadParameters parameters, Access access) {
        return SelectionParser.parse(index, entity, parameters.fields(), parameters.expand(), access);
    }

    private List<SortKey> sort(Entity entity, String text, Access access) {
        List<SortKey> keys = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return keys;
        }
        Paths.checkLength("sort", text);
        for (String item : text.split(",", -1)) {
            String key = item.strip();
            boolean descending = key.startsWith("-");
            String path = descending || key.startsWith("+") ? key.substring(1) : key;
            List<Member> members = Paths.resolve(index, entity, path, "sort", access);
            Member last = members.get(members.size() - 1);
            for (Member step : members.subList(0, members.size() - 1)) {
                if (step instanceof Member.ToMany) {
                    throw QueryException.invalidParameter("sort", "sort.through-to-many", "cannot sort by '" + path
                            + "': '" + step.name() + "' holds many rows, so it gives no single value to sort by");
                }
            }
            if (last instanceof Member.ToMany || last instanceof Member.Scalar s && s.type().name().equals("json")) {
                throw QueryException.invalidParameter("sort", "sort.not-sortable", "cannot sort by '" + path
                        + "': " + (last instanceof Member.ToMany ? "it holds many values" : "JSON values have no order"));
            }
            keys.add(new SortKey(members, descending));
        }
        if (keys.size() > QueryLimits.MAX_SORT_KEYS) {
            throw QueryException.invalidParameter("sort", "sort.too-many", "sort by at most "
                    + QueryLimits.MAX_SORT_KEYS + " keys, not " + keys.size());
        }
        return keys;
    }

    private static int number(String parameter, String text, int fallback, int min, int max) {
        if (text == null) {
            return fallback;
        }
        String trimmed = text.strip();
        if (trimmed.matches("\\d{1,9}")) {
            int value = Integer.parseInt(trimmed);
            if (value >= min && value <= max) {
                return value;
            }
        }
        throw QueryException.invalidParameter(parameter, "page." + parameter, parameter + " must be a whole number"
                + " from " + min + " to " + max + ", not '" + Shown.shortened(text) + "'");
    }

    private static CountMode count(String text) {
        if (text == null || text.isBlank()) {
            return CountMode.NONE;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "exact" -> CountMode.EXACT;
            case "estimated" -> CountMode.ESTIMATED;
            case "none" -> CountMode.NONE;
            default -> throw QueryException.invalidParameter("count", "count.mode",
                    "count must be exact, estimated or none, not '" + Shown.shortened(text) + "'");
        };
    }
}
