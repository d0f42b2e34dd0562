package dev.plinth.admin.roles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a submitted rule or role form: messages by input name, shown next to that input, and the rest,
 * shown above the form. Public for the templates, which ask {@link #has} and {@link #of}.
 */
public final class RuleErrors {

    private final Map<String, List<String>> byInput = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    static RuleErrors none() {
        return new RuleErrors();
    }

    void add(String input, String message) {
        byInput.computeIfAbsent(input, k -> new ArrayList<>()).add(sentence(message));
    }

    void addGeneral(String message) {
        general.add(sentence(message));
    }

    public boolean isEmpty() {
        return byInput.isEmpty() && general.isEmpty();
    }

    public boolean has(String input) {
        return byInput.containsKey(input);
    }

    public List<String> of(String input) {
        return byInput.getOrDefault(input, List.of());
    }

    /** The messages not about one of the form's inputs. */
    public List<String> general() {
        return List.copyOf(general);
    }

    private static String sentence(String message) {
        if (message.isEmpty()) {
            return message;
        }
        String upper = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return upper.endsWith(".") ? upper : upper + ".";
    }
}
