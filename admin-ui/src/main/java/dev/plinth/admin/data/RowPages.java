package dev.plinth.admin.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plinth.api.ApiModel;
import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.type.Uuids;
import dev.plinth.query.Access;
import dev.plinth.query.QueryException;
import dev.plinth.query.read.ListResult;
import dev.plinth.query.read.ReadParameters;
import dev.plinth.query.read.RowResult;
import dev.plinth.query.read.Selection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads rows for the data browser through the engine's read stages, with {@link Access#ALL}: a page of the table
 * (one statement with the referenced rows' labels, and a count for its total), one row, the rows a reference picker
 * offers, and the labels of given rows.
 */
@Component
class RowPages {

    /** How many rows a reference picker offers at once. */
    static final int OPTIONS = 20;
    /** Engine output: whatever JSON the rows hold, decimals kept exact. */
    private static final ObjectMapper ROWS = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final ApiModel api;

    RowPages(ApiModel api) {
        this.api = api;
    }

    ApiModel.Snapshot snapshot() {
        return api.current();
    }

    /** The page {@code query} asks for, filtered by {@code filter} (in the filter language; may be empty). */
    BrowsePage page(Entity entity, BrowseQuery query, String filter) {
        ApiModel.Snapshot api = snapshot();
        List<Column> columns = Column.shown(api.index(), entity, query.columns());
        Optional<Field> label = Labels.field(entity);
        Set<String> fields = new LinkedHashSet<>(List.of("id", "version"));
        label.ifPresent(f -> fields.add(f.name()));
        columns.forEach(c -> fields.addAll(c.paths()));
        ReadParameters parameters = new ReadParameters(filter.isBlank() ? null : filter, sortPath(api, entity, query),
                String.valueOf(query.size()), String.valueOf(query.offset()), null, String.join(",", fields), null,
                "exact");
        ListResult result = api.queries().list(api.planner().list(entity, parameters, Access.ALL), Access.ALL);
        List<BrowsePage.Line> lines = new ArrayList<>();
        for (JsonNode row : parse(result.data())) {
            lines.add(new BrowsePage.Line(row.path("id").asText(), Labels.of(entity, row),
                    columns.stream().map(c -> Cells.of(c, row.get(c.name()))).toList()));
        }
        long total = result.total() == null ? lines.size() : result.total();
        long from = lines.isEmpty() ? 0 : query.offset() + 1L;
        return new BrowsePage(label.map(Field::displayName).orElse("Id"), label.map(Field::name).orElse(null),
                columns, lines, total, from, from == 0 ? 0 : from + lines.size() - 1, (total + query.size() - 1)
                / query.size());
    }

    /** The engine's sort for the sorted column: a reference sorts by its target's label. */
    static String sortPath(ApiModel.Snapshot api, Entity entity, BrowseQuery query) {
        if (query.sort().isEmpty()) {
            return null;
        }
        String name = query.sortColumn();
        Column column = Column.all(api.index(), entity).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> QueryException.invalidParameter("sort", "admin.sort", entity.displayName()
                        + " has no column '" + Labels.shorten(name, 60) + "' to sort by"));
        return (query.descending() ? "-" : "") + column.sortPath();
    }

    /** One row, with relations as ids; empty when there is no such row. */
    Optional<RowResult> row(Entity entity, String id) {
        UUID uuid = Uuids.parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        ApiModel.Snapshot api = snapshot();
        Selection selection = api.planner().row(entity, ReadParameters.NONE, Access.ALL);
        return api.queries().row(entity, uuid, selection, Access.ALL);
    }

    /** The rows of {@code target} whose label contains {@code text} (or whose id it is), labelled, by label. */
    List<Option> options(Entity target, String text, int limit) {
        ApiModel.Snapshot api = snapshot();
        Optional<Field> label = Labels.field(target);
        String q = text == null ? "" : text.strip();
        String filter = null;
        if (Uuids.parse(q) != null) {
            filter = "id = " + FilterText.quote(q);
        } else if (!q.isEmpty()) {
            if (label.isEmpty()) {
                return List.of();
            }
            filter = label.get().name() + " ~ " + FilterText.quote(q);
        }
        String fields = "id" + label.map(f -> "," + f.name()).orElse("");
        ReadParameters parameters = new ReadParameters(filter, label.map(Field::name).orElse(null),
                String.valueOf(limit), null, null, fields, null, null);
        ListResult result = api.queries().list(api.planner().list(target, parameters, Access.ALL), Access.ALL);
        List<Option> options = new ArrayList<>();
        parse(result.data()).forEach(row -> options.add(new Option(row.path("id").asText(), Labels.of(target, row))));
        return options;
    }

    /** The labels of the rows of {@code target} with these ids, by id; ids of rows that are gone are left out. */
    Map<String, String> labels(Entity target, List<String> ids) {
        List<UUID> uuids = ids.stream().map(Uuids::parse).filter(u -> u != null).distinct().toList();
        Map<String, String> labels = new LinkedHashMap<>();
        if (uuids.isEmpty()) {
            return labels;
        }
        ApiModel.Snapshot api = snapshot();
        String fields = "id" + Labels.field(target).map(f -> "," + f.name()).orElse("");
        Selection selection = api.planner().row(target, ReadParameters.ofRow(fields, null), Access.ALL);
        parse(api.queries().rows(target, uuids, selection, Access.ALL))
                .forEach(row -> labels.put(row.path("id").asText(), Labels.of(target, row)));
        return labels;
    }

    /** A row a picker offers: its id and its label. */
    record Option(String id, String label) {
    }

    static JsonNode parse(String json) {
        try {
            return ROWS.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL wrote rows that are not JSON", e);
        }
    }
}
