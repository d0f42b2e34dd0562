package dev.plinth.admin.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.plinth.admin.ServedBlog;
import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Designing entities in the browser: create, add fields, rename, reorder, index; each previewed, then applied. */
class EntityDesignerTest extends ServedBlog {

    /** Sends a design form, expects the plan, applies it and expects to land on {@code returnTo}. */
    private void designAndApply(String returnTo, String url, String... form) throws Exception {
        mvc.perform(form(url, form)).andExpect(redirectedUrl("/admin/plan"));
        mvc.perform(page("/admin/plan")).andExpect(status().isOk())
                .andExpect(content().string(containsString(">Apply</button>")));
        mvc.perform(form("/admin/plan/apply")).andExpect(redirectedUrl(returnTo))
                .andExpect(flash().attribute("flash", containsString("Applied")));
    }

    @Test
    void listsTheEntitiesAndShowsOneWithItsFieldsAndIndexes() throws Exception {
        mvc.perform(page("/admin/entities")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/entities/post\"")));
        mvc.perform(page("/admin/entities/post")).andExpect(status().isOk())
                .andExpect(content().string(containsString("points to author, on delete restrict")))
                .andExpect(content().string(containsString("status, publishedAt")))
                .andExpect(content().string(containsString("3 to 200 characters")));
        mvc.perform(page("/admin/entities/post/fields/rating")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"field-type\"")))
                .andExpect(content().string(containsString("value=\"3\"")));
        mvc.perform(page("/admin/entities/post/fields/new")).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-types=\"string text email url\"")));
    }

    @Test
    void anUnknownEntityIsAPageSayingSo() throws Exception {
        mvc.perform(page("/admin/entities/nothing")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("no entity named &#39;nothing&#39;")));
    }

    @Test
    void createsAnEntityWithFieldsOfFiveTypesAndAReference() throws Exception {
        mvc.perform(form("/admin/entities/new", "name", "review", "label", "Review", "description", "A reader's review"))
                .andExpect(redirectedUrl("/admin/plan"));
        mvc.perform(page("/admin/plan")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Create entity review")))
                .andExpect(content().string(containsString("CREATE TABLE")))
                .andExpect(content().string(not(containsString("Destructive"))));
        mvc.perform(form("/admin/plan/apply")).andExpect(redirectedUrl("/admin/entities/review"));
        String fields = "/admin/entities/review/fields/new";
        designAndApply("/admin/entities/review", fields, "name", "headline", "type", "string", "required", "true",
                "maxLength", "120", "label", "Headline");
        designAndApply("/admin/entities/review", fields, "name", "stars", "type", "integer", "min", "1", "max", "5");
        designAndApply("/admin/entities/review", fields, "name", "price", "type", "decimal", "precision", "8",
                "scale", "2");
        designAndApply("/admin/entities/review", fields, "name", "mood", "type", "enum", "values", "happy\nsad\n",
                "defaultText", "happy");
        designAndApply("/admin/entities/review", fields, "name", "recommended", "type", "boolean",
                "defaultFlag", "false");
        designAndApply("/admin/entities/review", fields, "name", "post", "type", "reference", "target", "post",
                "onDelete", "cascade", "inverse", "reviews");

        assertThat(columns("review")).contains("headline", "stars", "price", "mood", "recommended", "post_id");
        Entity review = editor.applied().model().entity("review").orElseThrow();
        assertThat(review.fields()).extracting(Field::name)
                .containsExactly("headline", "stars", "price", "mood", "recommended", "post");
        assertThat(modelFile("entities/review.json")).isEqualTo(canonicalEntityFile("review"))
                .contains("\"maxLength\": 120", "\"onDelete\": \"cascade\"", "\"inverse\": \"reviews\"",
                        "\"default\": \"happy\"");
        mvc.perform(page("/admin/entities/review")).andExpect(status().isOk())
                .andExpect(content().string(containsString("one of happy, sad")));
    }

    @Test
    void renamingAFieldKeepsItsIdAndItsColumnData() throws Exception {
        String id = editor.applied().model().entity("tag").orElseThrow().field("description").orElseThrow().id();
        sql.execute("insert into tag (id, name, slug, description) values (gen_random_uuid(), 'Java', 'java', 'Beans')");

        mvc.perform(form("/admin/entities/tag/fields/description", "name", "summary", "type", "string",
                "maxLength", "300", "label", "Description")).andExpect(redirectedUrl("/admin/plan"));
        mvc.perform(page("/admin/plan")).andExpect(content().string(containsString("Rename field description of tag to summary")))
                .andExpect(content().string(containsString("RENAME COLUMN")));
        mvc.perform(form("/admin/plan/apply")).andExpect(redirectedUrl("/admin/entities/tag"));

        assertThat(columns("tag")).contains("summary").doesNotContain("description");
        assertThat(sql.fetchValue("select summary from tag where slug = 'java'")).isEqualTo("Beans");
        assertThat(editor.applied().model().entity("tag").orElseThrow().field("summary").orElseThrow().id()).isEqualTo(id);
        assertThat(modelFile("entities/tag.json")).isEqualTo(canonicalEntityFile("tag")).contains("\"id\": \"" + id + "\"");
        mvc.perform(page("/api/tag")).andExpect(status().isOk())
                .andExpect(jsonPath("$.data[0].summary").value("Beans"));
    }

    @Test
    void renamingAnEntityRenamesItsTableFileAndRules() throws Exception {
        String id = editor.applied().model().entity("comment").orElseThrow().id();
        mvc.perform(form("/admin/entities/comment/settings", "name", "remark", "label", "Remark", "description", ""))
                .andExpect(redirectedUrl("/admin/plan"));
        mvc.perform(page("/admin/plan")).andExpect(content().string(containsString("Rename entity comment to remark")))
                .andExpect(content().string(containsString("RENAME TO")));
        // comment.replyTo points at comment itself: the engine follows the rename by id, so nothing is destructive.
        mvc.perform(page("/admin/plan")).andExpect(content().string(not(containsString("name=\"confirmDestructive\""))));
        mvc.perform(form("/admin/plan/apply"))
                .andExpect(redirectedUrl("/admin/entities/remark"));

        assertThat(sql.fetchValue("select to_regclass('public.remark') is not null")).isEqualTo(true);
        assertThat(editor.applied().model().entity("remark").orElseThrow().id()).isEqualTo(id);
        assertThat(modelFile("entities/comment.json")).isNull();
        assertThat(modelFile("entities/remark.json")).isEqualTo(canonicalEntityFile("remark"));
        assertThat(modelFile("roles/reader.json")).contains("\"entity\": \"remark\"").doesNotContain("\"comment\"");
    }

    @Test
    void movesAFieldUpAndAddsAnIndex() throws Exception {
        designAndApply("/admin/entities/series", "/admin/entities/series/fields/slug/move", "direction", "up");
        assertThat(editor.applied().model().entity("series").orElseThrow().fields().get(0).name()).isEqualTo("slug");

        designAndApply("/admin/entities/series", "/admin/entities/series/indexes", "kind", "index",
                "fields", "title", "fields", "createdAt", "fields", "");
        assertThat(modelFile("entities/series.json")).isEqualTo(canonicalEntityFile("series"))
                .contains("\"title\",\n        \"createdAt\"");
        mvc.perform(page("/admin/entities/series")).andExpect(content().string(containsString("title, createdAt")));
    }

    @Test
    void savingAFieldUnchangedSaysSoWithoutADraft() throws Exception {
        mvc.perform(form("/admin/entities/tag/fields/name", "name", "name", "type", "string", "label", "Name",
                        "required", "true", "unique", "true", "maxLength", "50"))
                .andExpect(redirectedUrl("/admin/entities/tag"))
                .andExpect(flash().attribute("flash", "Nothing changed."));
        mvc.perform(page("/admin/plan")).andExpect(content().string(containsString("no design change waiting")));
    }
}
