package dev.plinth.admin.designer;

import dev.plinth.model.Entity;

/** The entity form as typed: name, label and description. */
public record EntityForm(String name, String label, String description) {

    /** The inputs of the form, by name; errors about anything else are listed above it. */
    static final java.util.List<String> INPUTS = java.util.List.of("name", "label", "description");

    static EntityForm blank() {
        return new EntityForm("", "", "");
    }

    static EntityForm of(Entity entity) {
        return new EntityForm(entity.name(), text(entity.label()), text(entity.description()));
    }

    String trimmedName() {
        return trimmed(name);
    }

    String trimmedLabel() {
        return trimmed(label);
    }

    String trimmedDescription() {
        return trimmed(description);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
