package dev.plinth.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One permission rule of a role.
 *
 * @param entity  the entity it applies to
 * @param actions the actions it allows
 * @param where   a filter expression rows must match, or {@code null} for all rows
 * @param check   a filter expression a written row must match afterwards, or {@code null}
 * @param fields  which fields may be read and written
 * @param preset  values set on create, by field name (may use {@code $user.*} variables)
 */
public record Rule(String entity, Set<Action> actions, String where, String check, FieldAccess fields,
                   Map<String, JsonNode> preset) {

    public Rule {
        actions = Set.copyOf(actions);
        fields = fields == null ? FieldAccess.ALL : fields;
        preset = preset == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(preset));
    }

    /**
     * Field lists of a rule. Each list is {@code null} when the file does not set it. {@code allow} and
     * {@code deny} apply to reads and writes; {@code read*} and {@code write*} to one direction only.
     */
    public record FieldAccess(List<String> allow, List<String> deny, List<String> readAllow, List<String> readDeny,
                              List<String> writeAllow, List<String> writeDeny) {
        public static final FieldAccess ALL = new FieldAccess(null, null, null, null, null, null);
    }
}
