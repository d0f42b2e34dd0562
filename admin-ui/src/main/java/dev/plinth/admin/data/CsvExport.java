package dev.plinth.admin.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.api.ApiModel;
import dev.plinth.model.Entity;
import dev.plinth.query.Access;
import dev.plinth.query.Member;
import dev.plinth.query.QueryLimits;
import dev.plinth.query.read.ListResult;
import dev.plinth.query.read.ReadParameters;
import dev.plinth.query.read.ReadPlan;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Streams every row of a filtered, sorted view as CSV, a page of {@link QueryLimits#MAX_PAGE_SIZE} rows at a time,
 * paged by the engine's keyset cursor so that no page costs more than the first: a header row of member names (id,
 * the fields, the system fields), then a line a row, values as {@link FieldText#show} writes them.
 */
@Component
class CsvExport {

    private final ApiModel api;

    CsvExport(ApiModel api) {
        this.api = api;
    }

    /** The view's first page, planned: refused here, before anything is written, when the filter or sort is. */
    ReadPlan plan(Entity entity, BrowseQuery query, String filter) {
        return plan(entity, query, filter, null);
    }

    private ReadPlan plan(Entity entity, BrowseQuery query, String filter, String cursor) {
        ApiModel.Snapshot snapshot = api.current();
        ReadParameters parameters = new ReadParameters(filter.isBlank() ? null : filter,
                RowPages.sortPath(snapshot, entity, query), String.valueOf(QueryLimits.MAX_PAGE_SIZE), null, cursor,
                null, null, null);
        return snapshot.planner().list(entity, parameters, Access.ALL);
    }

    /** Writes the rows of {@code first} and of every page after it. */
    void write(Entity entity, BrowseQuery query, String filter, ReadPlan first, Writer out) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        List<Member> members = first.selection().members();
        csv.row(members.stream().map(Member::name).toList());
        ReadPlan plan = first;
        while (true) {
            ListResult page = api.current().queries().list(plan, Access.ALL);
            for (JsonNode row : RowPages.parse(page.data())) {
                List<String> cells = new ArrayList<>(members.size());
                for (Member member : members) {
                    cells.add(FieldText.show(BrowseQuery.fieldOf(member), row.get(member.name())));
                }
                csv.row(cells);
            }
            out.flush();
            if (page.nextCursor() == null) {
                return;
            }
            plan = plan(entity, query, filter, page.nextCursor());
        }
    }
}
