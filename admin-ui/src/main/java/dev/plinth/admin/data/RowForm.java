package dev.plinth.admin.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.type.Temporal;
import dev.plinth.query.QueryException.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * The values of a row form, by field: what the inputs show (a stored row, a new row's defaults, or what the person
 * sent) and the JSON body they make for the engine. Empty inputs are left out of a create, so defaults apply and a
 * required field is reported missing; in an update they empty the field (JSON {@code null}). An unchecked checkbox is
 * {@code false}; a many-to-many field with nothing picked links nothing.
 */
final class RowForm {

    /** The hidden input that carries the version of the row the form was opened at. */
    static final String VERSION = "_version";

    private RowForm() {
    }

    /** The values of a stored row, given as its JSON object with relations as ids. */
    static Map<String, List<String>> of(Entity entity, JsonNode row) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Field field : entity.fields()) {
            JsonNode value = row.get(field.name());
            if (field.type().widget().equals("references")) {
                List<String> ids = new ArrayList<>();
                if (value != null && value.isArray()) {
                    value.forEach(id -> ids.add(id.isObject() ? id.path("id").asText() : id.asText()));
                }
                values.put(field.name(), ids);
            } else {
                values.put(field.name(), List.of(FieldText.input(field, value)));
            }
        }
        return values;
    }

    /** The values a new row's form starts with: each field's default, unless it stands for the moment of creation. */
    static Map<String, List<String>> defaults(Entity entity) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Field field : entity.fields()) {
            JsonNode preset = field.defaultValue();
            boolean now = preset != null && preset.isTextual() && preset.textValue().equals(Temporal.NOW);
            values.put(field.name(), preset == null || now ? List.of() : List.of(FieldText.input(field, preset)));
        }
        return values;
    }

    /** The values as the form sent them. */
    static Map<String, List<String>> sent(Entity entity, MultiValueMap<String, String> form) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Field field : entity.fields()) {
            List<String> sent = form.getOrDefault(field.name(), List.of());
            if (field.type().widget().equals("checkbox")) {
                sent = List.of(String.valueOf(sent.contains("true")));
            } else if (field.type().widget().equals("references")) {
                sent = sent.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
            }
            values.put(field.name(), sent);
        }
        return values;
    }

    /**
     * The JSON body of {@code values} for a create ({@code create}) or an update; a value that cannot be read at all
     * (JSON that does not parse) adds its error to {@code errors} and is left out.
     */
    static ObjectNode body(Entity entity, Map<String, List<String>> values, boolean create, List<FieldError> errors) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (Field field : entity.fields()) {
            List<String> sent = values.getOrDefault(field.name(), List.of());
            if (field.type().widget().equals("references")) {
                body.set(field.name(), FieldText.ids(sent));
                continue;
            }
            String text = sent.isEmpty() ? "" : sent.get(0);
            if (text.isBlank()) {
                if (!create) {
                    body.putNull(field.name());
                }
                continue;
            }
            try {
                body.set(field.name(), FieldText.read(field, text));
            } catch (FieldText.Unreadable e) {
                errors.add(new FieldError(field.name(), e.code(), e.getMessage()));
            }
        }
        return body;
    }
}
