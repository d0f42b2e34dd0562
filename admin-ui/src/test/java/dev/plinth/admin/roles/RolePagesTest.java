package dev.plinth.admin.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.plinth.admin.Drafts;
import dev.plinth.admin.ServedBlog;
import dev.plinth.model.Action;
import dev.plinth.model.Model;
import dev.plinth.query.ModelIndex;
import dev.plinth.security.Explanation;
import dev.plinth.security.Permissions;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The permission matrix, and a rule changed on its cell page through the plan to the role's file. */
class RolePagesTest extends ServedBlog {

    private Explanation explain(String role, String entity, Action action) {
        Model model = editor.applied().model();
        return Permissions.of(new ModelIndex(model)).explain(role, model.entity(entity).orElseThrow(), action);
    }

    @Test
    void theMatrixShowsEveryRoleOfTheBlog() throws Exception {
        mvc.perform(page("/admin/roles")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Visitors"), containsString("Readers"),
                        containsString("Writers"), containsString("Editors"), containsString("Everyone signed in"),
                        containsString("everything"), containsString("some rows"), containsString("denied"),
                        containsString("href=\"/admin/roles/reader/tag\""),
                        containsString("href=\"/admin/roles/anonymous/post\""),
                        containsString("for=\"role-name\""))));
    }

    @Test
    void aRuleGrantedOnItsCellIsDraftedAppliedAndWrittenToTheRoleFile() throws Exception {
        int version = appliedVersion();
        mvc.perform(page("/admin/roles/reader/tag")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Readers</span> on"),
                        containsString("every row"), containsString("for=\"r2-where\""))));

        mvc.perform(form("/admin/roles/reader/tag/rules/2", "actions", "read", "where", "",
                        "builderField", "name", "builderOp", "eq", "builderValue", "java, jvm",
                        "readMode", "all", "writeMode", "all"))
                .andExpect(redirectedUrl("/admin/plan"));
        assertThat(modelFile("roles/reader.json")).doesNotContain("java");
        mvc.perform(page("/admin/roles/reader/tag")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Including your pending change"),
                        containsString("name = &#39;java, jvm&#39;"))));
        mvc.perform(page("/admin/plan")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Change a rule of role reader on tag")));

        mvc.perform(form("/admin/plan/apply")).andExpect(redirectedUrl("/admin/roles/reader/tag"));
        assertThat(appliedVersion()).isEqualTo(version + 1);
        assertThat(modelFile("roles/reader.json")).contains("\"where\": \"name = 'java, jvm'\"");
        assertThat(explain("reader", "tag", Action.READ).rows()).contains("name = 'java, jvm'");
        assertThat(explain("reader", "tag", Action.CREATE).allowed()).isFalse();
    }

    @Test
    void aRuleSentBackAsShownChangesNothing() throws Exception {
        mvc.perform(page("/admin/roles/reader/comment")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"r7-write-mode-only\" checked=\"checked\""),
                        containsString("id=\"r7-write-body\" checked=\"checked\""))));
        mvc.perform(form("/admin/roles/reader/comment/rules/7", "actions", "update", "actions", "delete",
                        "where", "createdBy = $user.id", "readMode", "all", "writeMode", "only",
                        "writeFields", "body", "writeFields", "authorName", "writeFields", "authorWebsite"))
                .andExpect(redirectedUrl("/admin/roles/reader/comment"))
                .andExpect(flash().attribute("flash", "Nothing changed."));
        mvc.perform(form("/admin/roles/reader/post/rules/0", "actions", "read", "where", "status = 'published'",
                        "readMode", "except", "readFields", "extra", "writeMode", "except", "writeFields", "extra"))
                .andExpect(flash().attribute("flash", "Nothing changed."));
        assertThat(Drafts.current(session)).isEmpty();
    }

    @Test
    void anInvalidFilterIsShownNextToItsInputAndDraftsNothing() throws Exception {
        String before = modelFile("roles/writer.json");
        mvc.perform(form("/admin/roles/writer/tag/rules/new", "actions", "read", "where", "nosuch = 1",
                        "readMode", "all", "writeMode", "all"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(
                        matchesPattern("(?s).*id=\"new-where-error\" role=\"alert\">[^<]*nosuch[^<]*</span>.*"),
                        containsString("id=\"new-action-read\" checked=\"checked\""), not(containsString("Exception")))));
        assertThat(Drafts.current(session)).isEmpty();
        assertThat(modelFile("roles/writer.json")).isEqualTo(before);
    }

    /** Adds a role on the roles page and applies it on the plan page. */
    private void addRoleThroughThePlan(String name, String label) throws Exception {
        mvc.perform(form("/admin/roles/new", "name", name, "label", label)).andExpect(redirectedUrl("/admin/plan"));
        mvc.perform(form("/admin/plan/apply")).andExpect(redirectedUrl("/admin/roles"));
    }

    @Test
    void aRoleIsAddedThroughThePlanAndAdminHasNoRules() throws Exception {
        addRoleThroughThePlan("moderator", "Moderators");
        assertThat(modelFile("roles/moderator.json")).contains("\"label\": \"Moderators\"");

        mvc.perform(form("/admin/roles/new", "name", "reader")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("a role named reader already")));
        mvc.perform(page("/admin/roles/admin/post")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("may do everything")));
    }

    @Test
    void aRoleIsRemovedThroughThePlanWithItsFile() throws Exception {
        addRoleThroughThePlan("curator", "Curators");
        assertThat(modelFile("roles/curator.json")).contains("curator");
        mvc.perform(page("/admin/roles")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("action=\"/admin/roles/curator/remove\""),
                        containsString("action=\"/admin/roles/reader/remove\""),
                        not(containsString("action=\"/admin/roles/anonymous/remove\"")),
                        not(containsString("action=\"/admin/roles/admin/remove\"")))));
        int version = appliedVersion();

        mvc.perform(form("/admin/roles/curator/remove")).andExpect(redirectedUrl("/admin/plan"));
        assertThat(editor.applied().model().role("curator")).as("nothing applied before the review").isPresent();
        mvc.perform(page("/admin/plan")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Remove role curator")));
        mvc.perform(form("/admin/plan/apply")).andExpect(redirectedUrl("/admin/roles"));

        assertThat(appliedVersion()).isEqualTo(version + 1);
        assertThat(editor.applied().model().role("curator")).isEmpty();
        assertThat(Files.exists(modelDir.resolve("roles/curator.json"))).isFalse();
        mvc.perform(page("/admin/roles")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/admin/roles/curator/remove"))));
    }

    @Test
    void theRoleSignUpGivesCannotBeRemoved() throws Exception {
        mvc.perform(form("/admin/roles/reader/remove")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("The reader role cannot be removed: the role &#39;reader&#39;"
                        + " is not defined in roles/")));
        assertThat(editor.applied().model().role("reader")).isPresent();
    }

    @Test
    void aBuiltInOrUnknownRoleCannotBeRemoved() throws Exception {
        mvc.perform(form("/admin/roles/anonymous/remove")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("The anonymous role is built in; it cannot be removed.")));
        mvc.perform(form("/admin/roles/nosuch/remove")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no role named nosuch in this model.")));
    }
}
