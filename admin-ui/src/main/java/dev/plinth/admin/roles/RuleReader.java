package dev.plinth.admin.roles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.plinth.model.Action;
import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.Rule;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the cell page's form into a rule, or says in words what keeps it from being one. Only what the form itself
 * can tell is checked here; whether the rule fits the model (fields, filters, presets) is the engine's to say
 * ({@link RoleCheck}).
 */
final class RuleReader {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");
    private static final Pattern VARIABLE = Pattern.compile("\\$[A-Za-z][A-Za-z.]{0,40}");
    /** An expression holding {@code or} is put in parentheses before another condition is added with {@code and}. */
    private static final Pattern HAS_OR = Pattern.compile("(?i).*\\bor\\b.*");

    private RuleReader() {
    }

    /** The rule the form describes, or {@code null} with {@code errors} saying why not. */
    static Rule read(RuleForm form, Entity entity, Rule original, RuleErrors errors) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        for (String action : form.actions()) {
            for (Action known : Action.values()) {
                if (known.json().equals(action)) {
                    actions.add(known);
                }
            }
        }
        if (actions.isEmpty()) {
            errors.add("actions", "tick at least one action, or remove the rule");
        }
        String where = where(form, entity, errors);
        FieldAccessForm.Direction read = direction(form.readMode(), form.readFields());
        FieldAccessForm.Direction write = direction(form.writeMode(), form.writeFields());
        Rule.FieldAccess fields = FieldAccessForm.access(read, write, original.fields(), entity);
        Map<String, JsonNode> preset = new LinkedHashMap<>();
        for (RuleForm.PresetRow row : form.presets()) {
            String name = row.field().strip();
            if (name.isEmpty()) {
                if (!row.value().isBlank()) {
                    errors.add("preset", "choose the field the value " + row.value().strip() + " is preset in");
                }
                continue;
            }
            if (preset.containsKey(name)) {
                errors.add("preset", "the field " + name + " is preset twice; keep one");
            }
            preset.put(name, value(entity.field(name).orElse(null), row.value()));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Rule(entity.name(), actions, where, blankToNull(form.check()), fields, preset);
    }

    private static String where(RuleForm form, Entity entity, RuleErrors errors) {
        String expression = form.where().strip();
        if (form.builderField().isBlank()) {
            return expression.isEmpty() ? null : expression;
        }
        Field field = entity.field(form.builderField()).orElse(null);
        Comparison comparison = Comparison.byCode(form.builderOp()).orElse(null);
        if (comparison == null) {
            errors.add("builder", "choose how " + form.builderField() + " is compared");
            return null;
        }
        if (comparison.takesValue() && form.builderValue().isBlank()) {
            errors.add("builder", "give the value " + form.builderField() + " is compared with");
            return null;
        }
        String condition = form.builderField() + " " + comparison.symbol()
                + (comparison.takesValue() ? " " + literal(field, comparison, form.builderValue().strip()) : "");
        if (expression.isEmpty()) {
            return condition;
        }
        return (HAS_OR.matcher(expression).matches() ? "(" + expression + ")" : expression) + " and " + condition;
    }

    /** A value as the filter language writes it: a variable or a number as it is, anything else quoted. */
    private static String literal(Field field, Comparison comparison, String value) {
        String widget = field == null || field.type() == null ? "text" : field.type().widget();
        if (VARIABLE.matcher(value).matches()) {
            return value;
        }
        if (comparison != Comparison.CONTAINS) {
            if ((widget.equals("number") || widget.equals("decimal")) && NUMBER.matcher(value).matches()) {
                return value;
            }
            if (widget.equals("checkbox") && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))) {
                return value.toLowerCase(Locale.ROOT);
            }
        }
        return "'" + value.replace("'", "''") + "'";
    }

    /** A preset's value as the model file holds it, by the field's widget; a variable stays text. */
    private static JsonNode value(Field field, String text) {
        String value = text.strip();
        JsonNodeFactory json = JsonNodeFactory.instance;
        String widget = field == null || field.type() == null ? "text" : field.type().widget();
        if (!value.startsWith("$")) {
            if ((widget.equals("number") || widget.equals("decimal")) && NUMBER.matcher(value).matches()) {
                return value.contains(".") ? json.numberNode(new BigDecimal(value))
                        : json.numberNode(new java.math.BigInteger(value));
            }
            if (widget.equals("checkbox") && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))) {
                return json.booleanNode(Boolean.parseBoolean(value.toLowerCase(Locale.ROOT)));
            }
        }
        return json.textNode(widget.equals("textarea") || widget.equals("text") ? text : value);
    }

    private static FieldAccessForm.Direction direction(String mode, java.util.List<String> fields) {
        String known = FieldAccessForm.ONLY.equals(mode) || FieldAccessForm.EXCEPT.equals(mode) ? mode
                : FieldAccessForm.ALL;
        return new FieldAccessForm.Direction(known, known.equals(FieldAccessForm.ALL) ? java.util.List.of()
                : java.util.List.copyOf(fields));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
