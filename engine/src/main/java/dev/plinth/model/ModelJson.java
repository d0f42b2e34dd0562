package dev.plinth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.type.FieldType;
import dev.plinth.model.type.FieldTypes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts between JSON trees and model records. Reading is lenient (a value of the wrong shape reads as
 * unset; the JSON Schema reports it); writing always produces the canonical key order, so a file Plinth writes
 * changes only where the model changed.
 */
public final class ModelJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ModelJson() {
    }

    // ---- reading ----

    public static Model readSettings(JsonNode json, List<Entity> entities, List<Role> roles) {
        JsonNode signup = json.path("settings").path("signup");
        Model.Settings settings = new Model.Settings(signup.path("enabled").asBoolean(false), text(signup, "role"));
        return new Model(text(json, "name"), json.path("formatVersion").asInt(Model.FORMAT_VERSION),
                text(json, "label"), text(json, "description"), settings, entities, roles);
    }

    public static Entity readEntity(JsonNode json) {
        List<Field> fields = new ArrayList<>();
        for (JsonNode field : json.path("fields")) {
            fields.add(readField(field));
        }
        return new Entity(text(json, "id"), text(json, "name"), text(json, "label"), text(json, "description"),
                fields, readIndexes(json.path("indexes")), readIndexes(json.path("uniques")));
    }

    public static Field readField(JsonNode json) {
        FieldType type = FieldTypes.byName(json.path("type").asText("")).orElse(null);
        String onDelete = text(json, "onDelete");
        OnDelete parsedOnDelete = null;
        for (OnDelete candidate : OnDelete.values()) {
            if (candidate.json().equals(onDelete)) {
                parsedOnDelete = candidate;
            }
        }
        return new Field(text(json, "id"), text(json, "name"), type, text(json, "label"), text(json, "description"),
                json.path("required").asBoolean(false), json.path("unique").asBoolean(false),
                json.has("default") ? json.get("default").deepCopy() : null,
                integer(json, "minLength"), integer(json, "maxLength"), text(json, "pattern"),
                decimal(json, "min"), decimal(json, "max"), integer(json, "precision"), integer(json, "scale"),
                json.path("values").isArray() ? strings(json.path("values")) : null,
                text(json, "target"), parsedOnDelete, text(json, "inverse"));
    }

    public static Role readRole(JsonNode json) {
        List<Rule> rules = new ArrayList<>();
        for (JsonNode rule : json.path("rules")) {
            Set<Action> actions = new LinkedHashSet<>();
            for (String action : strings(rule.path("actions"))) {
                for (Action candidate : Action.values()) {
                    if (candidate.json().equals(action)) {
                        actions.add(candidate);
                    }
                }
            }
            JsonNode fields = rule.path("fields");
            Rule.FieldAccess access = new Rule.FieldAccess(
                    list(fields, "allow"), list(fields, "deny"),
                    list(fields.path("read"), "allow"), list(fields.path("read"), "deny"),
                    list(fields.path("write"), "allow"), list(fields.path("write"), "deny"));
            Map<String, JsonNode> preset = new LinkedHashMap<>();
            rule.path("preset").fields().forEachRemaining(e -> preset.put(e.getKey(), e.getValue().deepCopy()));
            rules.add(new Rule(text(rule, "entity"), actions, text(rule, "where"), text(rule, "check"), access, preset));
        }
        return new Role(text(json, "name"), text(json, "label"), text(json, "description"), rules);
    }

    private static List<IndexDef> readIndexes(JsonNode json) {
        List<IndexDef> indexes = new ArrayList<>();
        for (JsonNode index : json) {
            indexes.add(new IndexDef(strings(index.path("fields"))));
        }
        return indexes;
    }

    private static String text(JsonNode json, String key) {
        JsonNode value = json.get(key);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private static Integer integer(JsonNode json, String key) {
        JsonNode value = json.get(key);
        return value != null && value.isIntegralNumber() && value.canConvertToInt() ? value.intValue() : null;
    }

    private static BigDecimal decimal(JsonNode json, String key) {
        JsonNode value = json.get(key);
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }

    private static List<String> list(JsonNode json, String key) {
        JsonNode value = json.get(key);
        return value != null && value.isArray() ? strings(value) : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        for (JsonNode item : array) {
            if (item.isTextual()) {
                strings.add(item.textValue());
            }
        }
        return strings;
    }

    // ---- writing, in canonical key order ----

    /** The whole model as one JSON document: how an applied model is stored and hashed. */
    public static ObjectNode writeModel(Model model) {
        ObjectNode json = writeSettings(model, null);
        ArrayNode entities = json.putArray("entities");
        model.entities().forEach(e -> entities.add(writeEntity(e, null)));
        ArrayNode roles = json.putArray("roles");
        model.roles().forEach(r -> roles.add(writeRole(r, null)));
        return json;
    }

    /** Reads a document written by {@link #writeModel}. */
    public static Model readModel(JsonNode json) {
        List<Entity> entities = new ArrayList<>();
        json.path("entities").forEach(e -> entities.add(readEntity(e)));
        List<Role> roles = new ArrayList<>();
        json.path("roles").forEach(r -> roles.add(readRole(r)));
        return readSettings(json, entities, roles);
    }

    public static ObjectNode writeSettings(Model model, String schema) {
        ObjectNode json = JSON.objectNode();
        putIfSet(json, "$schema", schema);
        json.put("name", model.name());
        json.put("formatVersion", model.formatVersion());
        putIfSet(json, "label", model.label());
        putIfSet(json, "description", model.description());
        Model.Settings settings = model.settings();
        if (!settings.equals(Model.Settings.DEFAULT)) {
            ObjectNode signup = json.putObject("settings").putObject("signup");
            signup.put("enabled", settings.signupEnabled());
            putIfSet(signup, "role", settings.signupRole());
        }
        return json;
    }

    public static ObjectNode writeEntity(Entity entity, String schema) {
        ObjectNode json = JSON.objectNode();
        putIfSet(json, "$schema", schema);
        putIfSet(json, "id", entity.id());
        json.put("name", entity.name());
        putIfSet(json, "label", entity.label());
        putIfSet(json, "description", entity.description());
        ArrayNode fields = json.putArray("fields");
        entity.fields().forEach(f -> fields.add(writeField(f)));
        writeIndexes(json, "indexes", entity.indexes());
        writeIndexes(json, "uniques", entity.uniques());
        return json;
    }

    public static ObjectNode writeField(Field field) {
        ObjectNode json = JSON.objectNode();
        putIfSet(json, "id", field.id());
        json.put("name", field.name());
        json.put("type", field.type() == null ? null : field.type().name());
        putIfSet(json, "label", field.label());
        putIfSet(json, "description", field.description());
        if (field.required()) {
            json.put("required", true);
        }
        if (field.unique()) {
            json.put("unique", true);
        }
        if (field.defaultValue() != null) {
            json.set("default", field.defaultValue());
        }
        putIfSet(json, "minLength", field.minLength());
        putIfSet(json, "maxLength", field.maxLength());
        putIfSet(json, "pattern", field.pattern());
        if (field.min() != null) {
            json.put("min", withoutExponent(field.min()));
        }
        if (field.max() != null) {
            json.put("max", withoutExponent(field.max()));
        }
        putIfSet(json, "precision", field.precision());
        putIfSet(json, "scale", field.scale());
        if (field.values() != null) {
            field.values().forEach(json.putArray("values")::add);
        }
        putIfSet(json, "target", field.target());
        if (field.onDelete() != null) {
            json.put("onDelete", field.onDelete().json());
        }
        putIfSet(json, "inverse", field.inverse());
        return json;
    }

    public static ObjectNode writeRole(Role role, String schema) {
        ObjectNode json = JSON.objectNode();
        putIfSet(json, "$schema", schema);
        json.put("name", role.name());
        putIfSet(json, "label", role.label());
        putIfSet(json, "description", role.description());
        ArrayNode rules = json.putArray("rules");
        for (Rule rule : role.rules()) {
            ObjectNode ruleJson = rules.addObject();
            ruleJson.put("entity", rule.entity());
            ArrayNode actions = ruleJson.putArray("actions");
            for (Action action : Action.values()) {
                if (rule.actions().contains(action)) {
                    actions.add(action.json());
                }
            }
            putIfSet(ruleJson, "where", rule.where());
            putIfSet(ruleJson, "check", rule.check());
            Rule.FieldAccess access = rule.fields();
            if (!access.equals(Rule.FieldAccess.ALL)) {
                ObjectNode fields = ruleJson.putObject("fields");
                putList(fields, "allow", access.allow());
                putList(fields, "deny", access.deny());
                if (access.readAllow() != null || access.readDeny() != null) {
                    ObjectNode read = fields.putObject("read");
                    putList(read, "allow", access.readAllow());
                    putList(read, "deny", access.readDeny());
                }
                if (access.writeAllow() != null || access.writeDeny() != null) {
                    ObjectNode write = fields.putObject("write");
                    putList(write, "allow", access.writeAllow());
                    putList(write, "deny", access.writeDeny());
                }
            }
            if (!rule.preset().isEmpty()) {
                ObjectNode preset = ruleJson.putObject("preset");
                rule.preset().forEach(preset::set);
            }
        }
        return json;
    }

    /**
     * {@code 1E+2} as {@code 100}: the form PostgreSQL gives back from the stored model's {@code jsonb}, so an
     * applied model compares equal to the files it came from. Other numbers keep their digits ({@code 5.0}).
     */
    private static BigDecimal withoutExponent(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static void writeIndexes(ObjectNode json, String key, List<IndexDef> indexes) {
        if (!indexes.isEmpty()) {
            ArrayNode array = json.putArray(key);
            for (IndexDef index : indexes) {
                index.fields().forEach(array.addObject().putArray("fields")::add);
            }
        }
    }

    private static void putList(ObjectNode json, String key, List<String> values) {
        if (values != null) {
            values.forEach(json.putArray(key)::add);
        }
    }

    private static void putIfSet(ObjectNode json, String key, String value) {
        if (value != null) {
            json.put(key, value);
        }
    }

    private static void putIfSet(ObjectNode json, String key, Integer value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
