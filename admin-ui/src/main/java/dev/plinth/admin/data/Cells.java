package dev.plinth.admin.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.admin.data.BrowsePage.Cell;
import java.util.ArrayList;
import java.util.List;

/** What a value looks like in the data table: in words, shortened, references as their rows' labels. */
final class Cells {

    /** The most characters a cell shows. */
    static final int MAX_TEXT = 80;
    /** The most linked rows a many-to-many cell names. */
    static final int MAX_NAMED = 3;

    private Cells() {
    }

    static Cell of(Column column, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return new Cell("", null, null, false);
        }
        return switch (column.widget()) {
            case "checkbox" -> new Cell(value.asBoolean() ? "Yes" : "No", null, null, false);
            case "datetime" -> new Cell(moment(value), null, value.asText(), false);
            case "reference" -> reference(column, value);
            case "references" -> references(column, value);
            default -> text(FieldText.show(column.field(), value), column.numeric());
        };
    }

    /** A moment as people read it: {@code 2024-05-31 14:30:00 UTC}; empty for none. */
    static String moment(JsonNode value) {
        return value == null || !value.isTextual() ? ""
                : FieldText.localUtc(value.asText()).replace('T', ' ').replaceFirst("\\.\\d+$", "") + " UTC";
    }

    private static Cell text(String text, boolean numeric) {
        String shown = Labels.shorten(text.replaceAll("\\s+", " ").strip(), MAX_TEXT);
        return new Cell(shown, null, shown.equals(text) ? null : Labels.shorten(text, 500), numeric);
    }

    private static Cell reference(Column column, JsonNode value) {
        String id = value.isObject() ? value.path("id").asText() : value.asText();
        String label = column.target() != null && value.isObject() ? Labels.of(column.target(), value) : Labels.shortId(id);
        return new Cell(label, column.linkable() ? "/admin/data/" + column.target().name() + "/" + id : null, id, false);
    }

    private static Cell references(Column column, JsonNode value) {
        List<String> labels = new ArrayList<>();
        for (JsonNode item : value) {
            if (labels.size() == MAX_NAMED) {
                break;
            }
            labels.add(item.isObject() && column.target() != null ? Labels.of(column.target(), item)
                    : Labels.shortId(item.asText()));
        }
        String text = String.join(", ", labels) + (value.size() > MAX_NAMED ? " and " + (value.size() - MAX_NAMED)
                + " more" : "");
        return new Cell(text, null, null, false);
    }
}
