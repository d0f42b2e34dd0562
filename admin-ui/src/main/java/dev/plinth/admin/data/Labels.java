package dev.plinth.admin.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.type.FieldTypes;
import java.util.Optional;

/** How people recognise a row: the value of its entity's first string field, or the start of its id. */
final class Labels {

    /** The most characters of a label shown. */
    static final int MAX_LABEL = 80;

    private Labels() {
    }

    /** The field that labels the entity's rows: its first string field, if it has one. */
    static Optional<Field> field(Entity entity) {
        return entity.fields().stream().filter(f -> f.type() == FieldTypes.STRING).findFirst();
    }

    /** The label of a row, given as its JSON object (which holds at least its id). */
    static String of(Entity entity, JsonNode row) {
        String label = field(entity).map(f -> row.path(f.name())).filter(JsonNode::isTextual)
                .map(JsonNode::textValue).filter(t -> !t.isBlank()).orElse(null);
        return label == null ? shortId(row.path("id").asText()) : shorten(label, MAX_LABEL);
    }

    /** The first block of an id, enough to tell rows apart on a page: {@code 0190a5e4…}. */
    static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) + "…" : id;
    }

    static String shorten(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
