package dev.plinth.admin.users;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with a sent form: at most one message, next to its input or, with no input, above the form. Public
 * for the templates and the shared input fragments, which ask {@link #has} and {@link #of}.
 */
public final class InputErrors {

    private static final InputErrors NONE = new InputErrors(null, null);

    private final String input;
    private final String message;

    private InputErrors(String input, String message) {
        this.input = input;
        this.message = message;
    }

    static InputErrors none() {
        return NONE;
    }

    static InputErrors of(AccountException e) {
        String text = e.getMessage();
        return new InputErrors(e.input(), Character.toUpperCase(text.charAt(0)) + text.substring(1)
                + (text.endsWith(".") ? "" : "."));
    }

    public boolean has(String name) {
        return message != null && name.equals(input);
    }

    public List<String> of(String name) {
        return has(name) ? List.of(message) : List.of();
    }

    /** The message about no input in particular, or about an input the form does not show. */
    public List<String> general(List<String> shown) {
        List<String> messages = new ArrayList<>();
        if (message != null && (input == null || !shown.contains(input))) {
            messages.add(message);
        }
        return messages;
    }
}
