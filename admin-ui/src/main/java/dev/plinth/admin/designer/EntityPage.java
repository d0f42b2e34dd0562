package dev.plinth.admin.designer;

import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.IndexDef;
import dev.plinth.model.Names;
import dev.plinth.model.type.FieldTypes;
import java.util.ArrayList;
import java.util.List;
import org.springframework.ui.Model;

/**
 * The entity page's content: its fields with their options in words, its indexes and unique constraints, its
 * settings form, and the errors of whichever form was just sent.
 */
final class EntityPage {

    static final String VIEW = "admin/designer/entity";
    /** System fields an index may include, besides the entity's own fields. */
    private static final List<String> INDEXABLE_SYSTEM_FIELDS = List.of("createdAt", "updatedAt", "createdBy", "updatedBy");

    private static final List<FieldChoices.Choice> INDEX_KINDS = List.of(
            new FieldChoices.Choice("index", "Index: filters and sorts on these fields get fast"),
            new FieldChoices.Choice("unique", "Unique: no two rows may share these values"));

    private EntityPage() {
    }

    /** One line of the field table. */
    record FieldLine(String name, String label, String type, String summary, boolean first, boolean last) {
    }

    /** One index or unique constraint: which kind, where in its list, over which fields. */
    record IndexLine(String kind, int position, String fields) {
    }

    /** The errors of each form of the page; at most one of them was sent. */
    record Errors(FormErrors settings, FormErrors index, List<String> actions) {
        static final Errors NONE = new Errors(FormErrors.none(), FormErrors.none(), List.of());

        static Errors settings(FormErrors errors) {
            return new Errors(errors, FormErrors.none(), List.of());
        }

        static Errors index(FormErrors errors) {
            return new Errors(FormErrors.none(), errors, List.of());
        }

        static Errors actions(List<String> messages) {
            return new Errors(FormErrors.none(), FormErrors.none(), messages);
        }
    }

    static String show(Model page, Entity entity, EntityForm settings, Errors errors) {
        List<FieldLine> fields = new ArrayList<>();
        for (int i = 0; i < entity.fields().size(); i++) {
            Field field = entity.fields().get(i);
            fields.add(new FieldLine(field.name(), field.label(), field.type().name(), FieldSummary.of(field),
                    i == 0, i == entity.fields().size() - 1));
        }
        List<IndexLine> indexes = new ArrayList<>();
        for (int i = 0; i < entity.indexes().size(); i++) {
            indexes.add(new IndexLine("index", i, fieldList(entity.indexes().get(i))));
        }
        for (int i = 0; i < entity.uniques().size(); i++) {
            indexes.add(new IndexLine("unique", i, fieldList(entity.uniques().get(i))));
        }
        List<FieldChoices.Choice> indexable = new ArrayList<>(entity.fields().stream()
                .filter(f -> f.type() != FieldTypes.REFERENCES)
                .map(f -> new FieldChoices.Choice(f.name(), f.displayName() + " (" + f.name() + ")")).toList());
        INDEXABLE_SYSTEM_FIELDS.forEach(f -> indexable.add(new FieldChoices.Choice(f, f + " (added by Plinth)")));
        page.addAttribute("section", "entities");
        page.addAttribute("entity", entity);
        page.addAttribute("fields", fields);
        page.addAttribute("indexes", indexes);
        page.addAttribute("indexable", indexable);
        page.addAttribute("indexKinds", INDEX_KINDS);
        page.addAttribute("noErrors", FormErrors.none());
        page.addAttribute("systemFields", String.join(", ", Names.SYSTEM_FIELDS.stream().sorted().toList()));
        page.addAttribute("settings", settings);
        page.addAttribute("settingsErrors", errors.settings());
        page.addAttribute("settingsProblems", errors.settings().general(EntityForm.INPUTS));
        page.addAttribute("indexProblems", errors.index().general(List.of()));
        page.addAttribute("actionErrors", errors.actions());
        return VIEW;
    }

    private static String fieldList(IndexDef index) {
        return String.join(", ", index.fields());
    }
}
