package dev.plinth.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compose's variable interpolation, which it does before it validates a file: {@code $$} is a dollar sign,
 * {@code ${NAME}} and {@code $NAME} the variable, {@code ${NAME:-default}} the default when it is unset or empty,
 * {@code ${NAME-default}} when it is unset. Other forms are refused, so the test notices a file using one.
 */
final class ComposeInterpolation {

    private static final Pattern VARIABLE = Pattern.compile(
            "\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)|\\$\\{[^}]*}");

    private ComposeInterpolation() {
    }

    /** A copy of {@code node} with every string value interpolated; keys are left as they are, as Compose does. */
    static JsonNode apply(JsonNode node, Map<String, String> env) {
        if (node.isTextual()) {
            return JsonNodeFactory.instance.textNode(apply(node.asText(), env));
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(apply(item, env)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), apply(field.getValue(), env));
            }
            return copy;
        }
        return node;
    }

    static String apply(String text, Map<String, String> env) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement(matcher, env)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String replacement(Matcher matcher, Map<String, String> env) {
        if (matcher.group().equals("$$")) {
            return "$";
        }
        if (matcher.group(4) != null) {
            return env.getOrDefault(matcher.group(4), "");
        }
        if (matcher.group(1) == null) {
            throw new IllegalArgumentException("unsupported interpolation " + matcher.group());
        }
        String value = env.get(matcher.group(1));
        String operator = matcher.group(2);
        if (operator == null) {
            return value == null ? "" : value;
        }
        boolean missing = operator.equals(":-") ? value == null || value.isEmpty() : value == null;
        return missing ? matcher.group(3) : value;
    }
}
