package dev.plinth.admin.designer;

import dev.plinth.model.Model;
import dev.plinth.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a submitted form: messages by input name, shown next to that input, and messages about the
 * rest of the model, shown above the form. Problems the engine reports by JSON pointer are placed by {@link #place}.
 */
public final class FormErrors {

    /** The input that general problems of one field or entity ({@code /fields/3} itself) are shown next to. */
    static final String WHOLE = "";

    private final Map<String, List<String>> byInput = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    void add(String input, String message) {
        byInput.computeIfAbsent(input, k -> new ArrayList<>()).add(sentence(message));
    }

    void addGeneral(String message) {
        general.add(sentence(message));
    }

    /**
     * Places each problem: one in {@code file} under {@code pointer} goes next to the input named by the next
     * segment of its pointer ({@code /fields/3/maxLength} under {@code /fields/3} goes to {@code maxLength},
     * {@code /fields/3/values/1} to {@code values}); one at {@code pointer} itself to {@link #WHOLE}; any other is
     * described in words, naming its entity, field or role.
     */
    FormErrors place(List<Problem> problems, String file, String pointer, Model draft) {
        for (Problem problem : problems) {
            String at = problem.pointer();
            if (problem.file().equals(file) && at.equals(pointer)) {
                add(WHOLE, problem.message());
            } else if (problem.file().equals(file) && at.startsWith(pointer + "/")) {
                String rest = at.substring(pointer.length() + 1);
                int slash = rest.indexOf('/');
                add(slash < 0 ? rest : rest.substring(0, slash), problem.message());
            } else {
                addGeneral(ProblemWords.describe(problem, draft));
            }
        }
        return this;
    }

    /** Shows the messages about {@code from} next to the input {@code to} instead. */
    FormErrors moveTo(String from, String to) {
        List<String> messages = byInput.remove(from);
        if (messages != null) {
            byInput.computeIfAbsent(to, k -> new ArrayList<>()).addAll(messages);
        }
        return this;
    }

    public boolean isEmpty() {
        return byInput.isEmpty() && general.isEmpty();
    }

    public boolean has(String input) {
        return byInput.containsKey(input);
    }

    /** The messages about one input, in order; empty when it is fine. */
    public List<String> of(String input) {
        return byInput.getOrDefault(input, List.of());
    }

    /**
     * Every message, the ones about inputs the form does not show ({@code shown}) included: they are listed above
     * the form so none is lost.
     */
    public List<String> general(List<String> shown) {
        List<String> all = new ArrayList<>(general);
        byInput.forEach((input, messages) -> {
            if (!shown.contains(input)) {
                all.addAll(messages);
            }
        });
        return all;
    }

    public List<String> general() {
        return general(List.copyOf(byInput.keySet()));
    }

    private static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
