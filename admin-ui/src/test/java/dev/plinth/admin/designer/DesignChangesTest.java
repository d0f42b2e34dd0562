package dev.plinth.admin.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.IndexDef;
import dev.plinth.model.Model;
import dev.plinth.model.ModelFolder;
import dev.plinth.model.Rule;
import dev.plinth.model.type.FieldTypes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Design changes as pure functions of the model, on the blog example. */
class DesignChangesTest {

    private static final Model BLOG = ModelFolder.load(Path.of("..", "model-examples", "blog")).model();

    private static Entity entity(Model model, String name) {
        return model.entity(name).orElseThrow();
    }

    private static List<Rule> rules(Model model, String role, String entity) {
        return model.role(role).orElseThrow().rules().stream().filter(r -> r.entity().equals(entity)).toList();
    }

    @Test
    void renamingAnEntityKeepsItsIdAndMovesReferencesAndRules() {
        Model renamed = EntityChanges.describe(BLOG, "author", "writer_profile", "Writer", null);

        assertThat(renamed.entity("author")).isEmpty();
        assertThat(entity(renamed, "writer_profile").id()).isEqualTo(entity(BLOG, "author").id());
        assertThat(entity(renamed, "post").field("author").orElseThrow().target()).isEqualTo("writer_profile");
        assertThat(rules(renamed, "writer", "writer_profile")).hasSameSizeAs(rules(BLOG, "writer", "author"));
        assertThat(rules(renamed, "writer", "author")).isEmpty();
    }

    @Test
    void removingAFieldDropsTheIndexesOverIt() {
        Model removed = FieldChanges.remove(BLOG, "post", "status");

        assertThat(entity(removed, "post").field("status")).isEmpty();
        assertThat(entity(removed, "post").indexes()).isEmpty();
        assertThat(entity(removed, "post").uniques()).extracting(IndexDef::fields)
                .containsExactly(List.of("series", "seriesPart"));
    }

    @Test
    void removingAFieldTakesItOutOfIndexesAndRoleFieldLists() {
        Model removed = FieldChanges.remove(BLOG, "post", "rating");

        assertThat(entity(removed, "post").field("rating")).isEmpty();
        rules(removed, "writer", "post").forEach(rule -> {
            Rule.FieldAccess fields = rule.fields();
            if (fields.writeDeny() != null) {
                assertThat(fields.writeDeny()).doesNotContain("rating").contains("viewCount");
            }
        });
        Model noSeriesPart = FieldChanges.remove(BLOG, "post", "seriesPart");
        assertThat(entity(noSeriesPart, "post").uniques()).isEmpty();
    }

    @Test
    void renamingAFieldKeepsItsIdAndRenamesItInIndexesAndRules() {
        Field status = entity(BLOG, "post").field("status").orElseThrow();
        Model renamed = FieldChanges.edit(BLOG, "post", "status", status.withName("state").withId(null));

        Field state = entity(renamed, "post").field("state").orElseThrow();
        assertThat(state.id()).isEqualTo(status.id());
        assertThat(entity(renamed, "post").indexes()).extracting(IndexDef::fields)
                .containsExactly(List.of("state", "publishedAt"), List.of("author", "state"));
        assertThat(rules(renamed, "writer", "post").get(1).fields().writeDeny()).contains("state");
    }

    @Test
    void addingAFieldGivesItAFreshIdAndMovingItStopsAtTheEnds() {
        Model added = FieldChanges.add(BLOG, "tag", Field.of("weight", FieldTypes.INTEGER));
        Field weight = entity(added, "tag").field("weight").orElseThrow();
        assertThat(weight.id()).matches("[a-z0-9]{8}");
        assertThat(EntityChanges.usedIds(BLOG)).doesNotContain(weight.id());

        assertThat(FieldChanges.move(added, "tag", "weight", 1)).isSameAs(added);
        Model moved = FieldChanges.move(added, "tag", "weight", -1);
        List<Field> fields = entity(moved, "tag").fields();
        assertThat(fields.get(fields.size() - 2).name()).isEqualTo("weight");
    }

    @Test
    void changesAboutThingsThatDoNotExistSaySo() {
        assertThatThrownBy(() -> FieldChanges.remove(BLOG, "post", "nothing"))
                .isInstanceOf(DesignException.class).hasMessageContaining("no field named 'nothing'");
        assertThatThrownBy(() -> EntityChanges.remove(BLOG, "nothing"))
                .isInstanceOf(DesignException.class).hasMessageContaining("no entity named 'nothing'");
    }

    @Test
    void theFieldFormReadsOnlyWhatItsTypeAccepts() {
        FieldForm form = new FieldForm("featured", "boolean", "Featured", "", true, true, "ignored", "true", "",
                "1", "lots", "^x$", "0", "9", "", "", "a\nb", "post", "cascade", "back");
        FieldReader.Read read = FieldReader.read(form);

        assertThat(read.errors().isEmpty()).isTrue();
        Field field = read.field();
        assertThat(field.required()).isTrue();
        assertThat(field.unique()).as("boolean fields cannot be unique").isFalse();
        assertThat(field.defaultValue()).isEqualTo(BooleanNode.TRUE);
        assertThat(field.maxLength()).isNull();
        assertThat(field.values()).isNull();
        assertThat(field.target()).isNull();
    }

    @Test
    void theFieldFormSaysWhatCannotBeRead() {
        FieldForm form = new FieldForm("", "enum", "", "", null, null, "", "", "", "", "", "", "", "", "", "", " \n ",
                "", "", "");
        FormErrors errors = FieldReader.read(form).errors();
        assertThat(errors.of("name")).containsExactly("Give the field a name, such as publishedAt");
        assertThat(errors.of("values")).containsExactly("List the values a person can choose from, one a line");

        FieldForm json = new FieldForm("extra", "json", "", "", null, null, "", "", "{oops", "", "", "", "", "", "",
                "", "", "", "", "");
        assertThat(FieldReader.read(json).errors().of("default")).singleElement().asString().contains("not valid JSON");
    }
}
