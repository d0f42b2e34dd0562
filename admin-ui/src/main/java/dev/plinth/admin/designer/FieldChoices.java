package dev.plinth.admin.designer;

import dev.plinth.model.BuiltInEntities;
import dev.plinth.model.Entity;
import dev.plinth.model.Model;
import dev.plinth.model.OnDelete;
import dev.plinth.model.type.FieldOption;
import dev.plinth.model.type.FieldType;
import dev.plinth.model.type.FieldTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the field form offers: the types with a word on each, which types each option block belongs to (the types
 * themselves say which options they accept), the entities a relation may point to and the on-delete choices.
 *
 * @param types     the types, in the documented order
 * @param accepting for each option's key, the names of the types accepting it, space-separated, for
 *                  {@code data-types}
 * @param defaults  for each default input's name, the names of the types using it, space-separated
 * @param flags     the choices of a yes-or-no default
 * @param targets   the entities a reference may point to: the model's, then the built-in ones
 * @param onDelete  what a reference may do when its target row is deleted
 */
public record FieldChoices(List<Choice> types, Map<String, String> accepting, Map<String, String> defaults,
                           List<Choice> flags,
                           List<Choice> targets, List<Choice> onDelete) {

    /** One choice of a list: its value and what a person reads. */
    public record Choice(String value, String text) {
    }

    private static final Map<String, String> TYPE_WORDS = Map.ofEntries(
            Map.entry("string", "short text, such as a title"),
            Map.entry("text", "long text, such as an article"),
            Map.entry("integer", "whole number"),
            Map.entry("long", "large whole number"),
            Map.entry("decimal", "number with decimals, such as a price"),
            Map.entry("boolean", "yes or no"),
            Map.entry("date", "calendar date"),
            Map.entry("datetime", "date and time"),
            Map.entry("time", "time of day"),
            Map.entry("uuid", "unique identifier"),
            Map.entry("email", "email address"),
            Map.entry("url", "web address"),
            Map.entry("enum", "one of a fixed list of values"),
            Map.entry("json", "free-form JSON data"),
            Map.entry("reference", "link to one row of another entity"),
            Map.entry("references", "links to many rows of another entity"));

    private static final Map<OnDelete, String> ON_DELETE_WORDS = Map.of(
            OnDelete.RESTRICT, "refuse to delete it while rows point to it",
            OnDelete.CASCADE, "delete the rows that point to it too",
            OnDelete.SET_NULL, "empty this field in the rows that point to it");

    private static final List<Choice> FLAGS = List.of(new Choice("true", "Yes"), new Choice("false", "No"));

    static FieldChoices of(Model model) {
        List<Choice> types = FieldTypes.all().stream()
                .map(t -> new Choice(t.name(), t.name() + " — " + TYPE_WORDS.getOrDefault(t.name(), t.name())))
                .toList();
        Map<String, String> accepting = new LinkedHashMap<>();
        for (FieldOption option : FieldOption.values()) {
            accepting.put(option.json(), String.join(" ", FieldTypes.all().stream()
                    .filter(t -> t.options().contains(option)).map(FieldType::name).toList()));
        }
        List<Choice> targets = new ArrayList<>();
        for (Entity entity : model.entities()) {
            targets.add(new Choice(entity.name(), entity.displayName() + " (" + entity.name() + ")"));
        }
        for (Entity entity : BuiltInEntities.ALL) {
            targets.add(new Choice(entity.name(), entity.displayName() + " (" + entity.name() + ", built in)"));
        }
        List<Choice> onDelete = java.util.Arrays.stream(OnDelete.values())
                .map(o -> new Choice(o.json(), o.json() + ": " + ON_DELETE_WORDS.get(o))).toList();
        return new FieldChoices(types, accepting, DefaultInput.typesByInput(), FLAGS, targets, onDelete);
    }
}
