package dev.plinth.admin.data;

import java.util.List;

/**
 * One input of a row form, as its widget fragment in {@code templates/admin/widgets.html} shows it.
 *
 * @param name        the field's name, also the input's name
 * @param label       what the label says
 * @param widget      the fragment that shows it: the field type's {@code widget()}
 * @param required    whether a value is required
 * @param description the field's description, shown as a hint, or {@code null}
 * @param note        a hint about the input itself (such as "in UTC"), or {@code null}
 * @param value       the value shown, as text (empty for none)
 * @param choices     for select, reference and references: the rows or values to pick from, the chosen ones marked
 * @param complete    whether {@code choices} holds every row of the target (otherwise a picker searches the rest)
 * @param searchUrl   for references: where the picker searches the target's rows, or {@code null}
 * @param targetLabel for references: the target entity's name for people
 * @param maxLength   the longest text allowed, or {@code null}
 * @param min         the smallest number allowed, or {@code null}
 * @param max         the largest number allowed, or {@code null}
 * @param error       what is wrong with the value sent, in plain words, or {@code null}
 */
record FormField(String name, String label, String widget, boolean required, String description, String note,
                 String value, List<Choice> choices, boolean complete, String searchUrl, String targetLabel,
                 Integer maxLength, String min, String max, String error) {

    /** One thing to pick: a value or a row's id, what people read, and whether it is picked. */
    record Choice(String value, String label, boolean selected) {
    }

    FormField {
        choices = List.copyOf(choices);
    }

    /** The input's id; the label's {@code for}. */
    public String id() {
        return "field-" + name;
    }

    /** The ids of the hint and the error, for the input's {@code aria-describedby}. */
    public String describedBy() {
        String ids = (description != null || note != null ? id() + "-hint " : "") + (error != null ? id() + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }

    /** The chosen choices, for a many-to-many field whose target has too many rows to list. */
    public List<Choice> selected() {
        return choices.stream().filter(Choice::selected).toList();
    }
}
