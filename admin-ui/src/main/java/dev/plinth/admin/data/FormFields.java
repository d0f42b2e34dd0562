package dev.plinth.admin.data;

import dev.plinth.admin.data.FormField.Choice;
import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.query.ModelIndex;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The inputs of a row form, one a field in model order, each carrying its value, its choices and its error. A
 * reference or many-to-many field whose target has at most {@link #LISTED} rows lists them all; a larger target is
 * searched through {@code /admin/data/{target}/options}.
 */
@Component
class FormFields {

    /** Up to this many target rows, a relation's input lists every one of them. */
    static final int LISTED = 100;

    private final RowPages pages;

    FormFields(RowPages pages) {
        this.pages = pages;
    }

    List<FormField> of(Entity entity, Map<String, List<String>> values, Map<String, String> errors) {
        ModelIndex index = pages.snapshot().index();
        List<FormField> fields = new ArrayList<>();
        for (Field field : entity.fields()) {
            List<String> value = values.getOrDefault(field.name(), List.of());
            String text = value.isEmpty() ? "" : value.get(0);
            List<Choice> choices = List.of();
            boolean complete = true;
            String searchUrl = null;
            String targetLabel = null;
            switch (field.type().widget()) {
                case "select" -> choices = field.values() == null ? List.of() : field.values().stream()
                        .map(v -> new Choice(v, v, v.equals(text))).toList();
                case "reference", "references" -> {
                    Entity target = index.target(field.target()).orElse(null);
                    if (target != null) {
                        List<RowPages.Option> listed = pages.options(target, "", LISTED + 1);
                        complete = listed.size() <= LISTED;
                        choices = choices(listed.subList(0, Math.min(LISTED, listed.size())),
                                pages.labels(target, value), value, complete);
                        searchUrl = "/admin/data/" + target.name() + "/options";
                        targetLabel = target.displayName();
                    }
                }
                default -> {
                }
            }
            fields.add(new FormField(field.name(), field.displayName(), field.type().widget(), field.required(),
                    field.description(), note(field), field.type().widget().equals("references") ? "" : text,
                    choices, complete, searchUrl, targetLabel, field.maxLength(), plain(field.min()),
                    plain(field.max()), errors.get(field.name())));
        }
        return fields;
    }

    /**
     * The rows to pick from: the listed ones, and the chosen ones wherever they are (those past the list first, so a
     * long target still shows what is chosen). A chosen id whose row is gone is still shown, by its id.
     */
    private static List<Choice> choices(List<RowPages.Option> listed, Map<String, String> chosenLabels,
                                        List<String> chosen, boolean complete) {
        Map<String, Choice> byId = new LinkedHashMap<>();
        for (String id : chosen) {
            if (!id.isBlank() && (!complete || listed.stream().noneMatch(o -> o.id().equals(id)))) {
                byId.put(id, new Choice(id, chosenLabels.getOrDefault(id, id), true));
            }
        }
        for (RowPages.Option option : listed) {
            byId.putIfAbsent(option.id(), new Choice(option.id(), option.label(), chosen.contains(option.id())));
        }
        return List.copyOf(byId.values());
    }

    private static String note(Field field) {
        return switch (field.type().widget()) {
            case "datetime" -> "Date and time in UTC.";
            case "json" -> "Any JSON value, such as {\"key\": \"value\"}.";
            case "uuid" -> "A UUID, such as 0190a5e4-6b1c-7d2e-8f30-1a2b3c4d5e6f.";
            default -> null;
        };
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }
}
