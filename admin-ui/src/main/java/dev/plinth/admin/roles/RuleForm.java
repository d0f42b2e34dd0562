package dev.plinth.admin.roles;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.model.Action;
import dev.plinth.model.Entity;
import dev.plinth.model.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * One rule as the cell page shows and sends it. Read from the request's parameters by hand, so a value holding a
 * comma is never split into a list.
 *
 * @param actions       the ticked actions, as in model files ({@code read}, ...)
 * @param where         the row filter expression
 * @param builderField  the builder's field, or blank when it is not used
 * @param builderOp     the builder's operator ({@link Comparison#code()})
 * @param builderValue  the builder's value
 * @param check         the check expression
 * @param readMode      {@link FieldAccessForm#ALL}, {@code ONLY} or {@code EXCEPT} for reading
 * @param readFields    the ticked fields for reading
 * @param writeMode     the same for writing
 * @param writeFields   the ticked fields for writing
 * @param presets       preset rows, blank ones included
 */
public record RuleForm(List<String> actions, String where, String builderField, String builderOp, String builderValue,
                       String check, String readMode, List<String> readFields, String writeMode,
                       List<String> writeFields, List<PresetRow> presets) {

    /** Blank preset rows the form offers to add presets in. */
    static final int BLANK_PRESETS = 2;

    /** One preset: a field and the value (or variable) it is set to on create. */
    public record PresetRow(String field, String value) {
    }

    static RuleForm blank() {
        return new RuleForm(List.of(Action.READ.json()), "", "", "", "", "", FieldAccessForm.ALL, List.of(),
                FieldAccessForm.ALL, List.of(), withBlanks(List.of()));
    }

    static RuleForm of(Rule rule, Entity entity) {
        FieldAccessForm.Direction read = FieldAccessForm.reads(rule.fields(), entity);
        FieldAccessForm.Direction write = FieldAccessForm.writes(rule.fields(), entity);
        List<PresetRow> presets = new ArrayList<>();
        for (Map.Entry<String, JsonNode> preset : rule.preset().entrySet()) {
            JsonNode value = preset.getValue();
            presets.add(new PresetRow(preset.getKey(), value.isTextual() ? value.textValue() : value.toString()));
        }
        return new RuleForm(actions(rule), text(rule.where()), "", "", "",
                text(rule.check()), read.mode(), read.fields(), write.mode(), write.fields(), withBlanks(presets));
    }

    static RuleForm read(MultiValueMap<String, String> params) {
        List<String> fields = params.getOrDefault("presetField", List.of());
        List<String> values = params.getOrDefault("presetValue", List.of());
        List<PresetRow> presets = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            presets.add(new PresetRow(fields.get(i), i < values.size() ? values.get(i) : ""));
        }
        return new RuleForm(params.getOrDefault("actions", List.of()), one(params, "where"),
                one(params, "builderField"), one(params, "builderOp"), one(params, "builderValue"),
                one(params, "check"), one(params, "readMode"), params.getOrDefault("readFields", List.of()),
                one(params, "writeMode"), params.getOrDefault("writeFields", List.of()), presets);
    }

    /** The same form with blank preset rows to add more, as it is shown again. */
    RuleForm shown() {
        return new RuleForm(actions, where, builderField, builderOp, builderValue, check, readMode, readFields,
                writeMode, writeFields, withBlanks(presets.stream()
                        .filter(p -> !p.field().isBlank() || !p.value().isBlank()).toList()));
    }

    public boolean allows(String action) {
        return actions.contains(action);
    }

    public boolean readTicked(String field) {
        return readFields.contains(field);
    }

    public boolean writeTicked(String field) {
        return writeFields.contains(field);
    }

    private static List<String> actions(Rule rule) {
        List<String> actions = new ArrayList<>();
        for (Action action : Action.values()) {
            if (rule.actions().contains(action)) {
                actions.add(action.json());
            }
        }
        return actions;
    }

    private static List<PresetRow> withBlanks(List<PresetRow> presets) {
        List<PresetRow> rows = new ArrayList<>(presets);
        for (int i = 0; i < BLANK_PRESETS; i++) {
            rows.add(new PresetRow("", ""));
        }
        return rows;
    }

    private static String one(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
