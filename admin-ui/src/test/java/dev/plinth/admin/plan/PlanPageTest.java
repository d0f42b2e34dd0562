package dev.plinth.admin.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.plinth.admin.ServedBlog;
import dev.plinth.model.Entity;
import dev.plinth.model.JsonFiles;
import dev.plinth.model.ModelJson;
import dev.plinth.model.SchemaRefs;
import dev.plinth.security.identity.FirstAdmin;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The plan page: what a draft does, and when it may be applied. */
class PlanPageTest extends ServedBlog {

    private String reviewedOnPage() throws Exception {
        String html = mvc.perform(page("/admin/plan")).andReturn().getResponse().getContentAsString();
        Matcher reviewed = Pattern.compile("name=\"reviewed\" value=\"([0-9a-f]+)\"").matcher(html);
        assertThat(reviewed.find()).as("the confirmation names what it was shown").isTrue();
        return reviewed.group(1);
    }

    @Test
    void aDestructiveChangeIsAppliedOnlyWithItsConfirmation() throws Exception {
        sql.execute("insert into author (id, name, handle, email) values ('6f1c1f44-1b0a-4d4e-9d55-0d1f1f1f1f1f',"
                + " 'Ada', 'ada', 'ada@example.com')");
        sql.execute("insert into post (title, slug, status, featured, view_count, author_id, rating) values"
                + " ('Hello', 'hello', 'draft', false, 0, '6f1c1f44-1b0a-4d4e-9d55-0d1f1f1f1f1f', 4.5)");
        String before = modelFile("entities/post.json");

        mvc.perform(form("/admin/entities/post/fields/rating/remove")).andExpect(redirectedUrl("/admin/plan"));
        mvc.perform(page("/admin/plan")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Destructive")))
                .andExpect(content().string(containsString("Drop field post.rating: deletes column rating holding 1 value")))
                .andExpect(content().string(containsString("ALTER TABLE")))
                .andExpect(content().string(containsString("id=\"confirm-destructive\"")))
                .andExpect(content().string(containsString("<code>roles/writer.json</code>")))
                .andExpect(content().string(not(containsString(">Apply</button>"))));
        String reviewed = reviewedOnPage();

        mvc.perform(form("/admin/plan/apply", "reviewed", reviewed))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Nothing was applied: tick the box")));
        assertThat(columns("post")).contains("rating");
        assertThat(modelFile("entities/post.json")).isEqualTo(before);

        mvc.perform(form("/admin/plan/apply", "reviewed", reviewed, "confirmDestructive", "true"))
                .andExpect(redirectedUrl("/admin/entities/post"))
                .andExpect(flash().attribute("flash", containsString("Applied: Remove field rating from post")));
        assertThat(columns("post")).doesNotContain("rating");
        assertThat(modelFile("entities/post.json")).isEqualTo(canonicalEntityFile("post"))
                .doesNotContain("\"rating\"");
        assertThat(modelFile("roles/writer.json")).as("the role rules no longer name the field")
                .doesNotContain("\"rating\"")
                .isEqualTo(JsonFiles.format(ModelJson.writeRole(editor.applied().model().role("writer").orElseThrow(),
                        SchemaRefs.of(modelDir).role())));
        assertThat(editor.applied().appliedBy()).as("the signed-in admin").isEqualTo(FirstAdmin.DEFAULT_EMAIL);
    }

    @Test
    void aStaleDraftCannotBeApplied() throws Exception {
        mvc.perform(form("/admin/entities/series/fields/new", "name", "color", "type", "string"))
                .andExpect(redirectedUrl("/admin/plan"));
        Entity series = editor.applied().model().entity("series").orElseThrow();
        editor.apply(editor.applied().model().withEntities(editor.applied().model().entities().stream()
                .map(e -> e == series ? new Entity(e.id(), e.name(), "Book series", e.description(), e.fields(),
                        e.indexes(), e.uniques()) : e).toList()), false, "someone else");

        mvc.perform(page("/admin/plan")).andExpect(status().isOk())
                .andExpect(content().string(containsString("The model has changed since you made this change")))
                .andExpect(content().string(not(containsString("/admin/plan/apply"))));
        mvc.perform(form("/admin/plan/apply")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("so it was not applied")));
        assertThat(columns("series")).doesNotContain("color");

        mvc.perform(form("/admin/plan/discard")).andExpect(redirectedUrl("/admin/entities/series"))
                .andExpect(flash().attribute("flash", containsString("Discarded")));
        mvc.perform(page("/admin/plan")).andExpect(content().string(containsString("no design change waiting")));
    }

    @Test
    void aBlockedChangeShowsWhyAndHasNoApplyButton() throws Exception {
        sql.execute("insert into tag (name, slug) values ('Java', 'java')");
        mvc.perform(form("/admin/entities/tag/fields/new", "name", "owner", "type", "reference", "target", "author",
                "required", "true")).andExpect(redirectedUrl("/admin/plan"));
        mvc.perform(page("/admin/plan"))
                .andExpect(content().string(containsString("This change cannot be applied as it stands")))
                .andExpect(content().string(containsString("The required field tag.owner cannot be added")))
                .andExpect(content().string(not(containsString("/admin/plan/apply"))));
        mvc.perform(form("/admin/plan/apply")).andExpect(status().isUnprocessableEntity());
        assertThat(columns("tag")).doesNotContain("owner_id");
        mvc.perform(form("/admin/plan/discard")).andExpect(redirectedUrl("/admin/entities/tag"));
    }

    @Test
    void aDiscardedNewEntityReturnsToTheList() throws Exception {
        mvc.perform(form("/admin/entities/new", "name", "draft_only")).andExpect(redirectedUrl("/admin/plan"));
        mvc.perform(page("/admin/entities")).andExpect(content().string(containsString("not applied yet")));
        mvc.perform(form("/admin/plan/discard")).andExpect(redirectedUrl("/admin/entities"));
        assertThat(editor.applied().model().entity("draft_only")).isEmpty();
    }

    @Test
    void applyingWithoutADraftSaysSo() throws Exception {
        mvc.perform(form("/admin/plan/apply")).andExpect(redirectedUrl("/admin/plan"))
                .andExpect(flash().attribute("flashError", containsString("no design change to apply")));
    }
}
