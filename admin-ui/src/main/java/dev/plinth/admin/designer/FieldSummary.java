package dev.plinth.admin.designer;

import dev.plinth.model.Field;
import dev.plinth.model.type.FieldTypes;
import java.util.ArrayList;
import java.util.List;

/** A field's options in a few words, for the entity page: "required · unique · at most 200 characters". */
final class FieldSummary {

    private FieldSummary() {
    }

    static String of(Field field) {
        List<String> parts = new ArrayList<>();
        if (field.required()) {
            parts.add("required");
        }
        if (field.unique()) {
            parts.add("unique");
        }
        if (field.minLength() != null && field.maxLength() != null) {
            parts.add(field.minLength() + " to " + field.maxLength() + " characters");
        } else if (field.minLength() != null) {
            parts.add("at least " + field.minLength() + " characters");
        } else if (field.maxLength() != null) {
            parts.add("at most " + field.maxLength() + " characters");
        }
        if (field.pattern() != null) {
            parts.add("matches " + field.pattern());
        }
        if (field.min() != null && field.max() != null) {
            parts.add("from " + field.min().toPlainString() + " to " + field.max().toPlainString());
        } else if (field.min() != null) {
            parts.add("at least " + field.min().toPlainString());
        } else if (field.max() != null) {
            parts.add("at most " + field.max().toPlainString());
        }
        if (field.precision() != null || field.scale() != null) {
            parts.add((field.precision() == null ? "18" : field.precision()) + " digits, "
                    + (field.scale() == null ? "2" : field.scale()) + " after the point");
        }
        if (field.values() != null) {
            parts.add("one of " + String.join(", ", field.values()));
        }
        if (field.target() != null) {
            parts.add((field.type() == FieldTypes.REFERENCES ? "links to " : "points to ") + field.target()
                    + (field.type() == FieldTypes.REFERENCE ? ", on delete " + field.onDeleteOrDefault().json() : ""));
        }
        if (field.inverse() != null) {
            parts.add(field.target() + " gets " + field.inverse());
        }
        if (field.defaultValue() != null) {
            parts.add("default " + DefaultInput.show(field.defaultValue()));
        }
        return String.join(" · ", parts);
    }
}
