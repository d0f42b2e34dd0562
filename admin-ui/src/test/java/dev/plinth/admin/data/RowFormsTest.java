package dev.plinth.admin.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.query.Access;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** Create, edit and delete rows through the generated forms, and the reference picker's options. */
class RowFormsTest extends DataTestSupport {

    private String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }

    @Test
    void theNewRowFormHasALabelledInputForEveryField() throws Exception {
        UUID jane = author("Jane Doe", "jane");
        create("tag", "{\"name\":\"java\",\"slug\":\"java\"}");
        String page = html(mvc.perform(get("/admin/data/post/new")).andExpect(status().isOk()).andReturn());
        for (var field : entity("post").fields()) {
            String id = "field-" + field.name();
            assertThat(page).as(field.name()).contains("id=\"" + id);
            if (!field.type().widget().equals("references")) {
                assertThat(page).as("label of " + field.name()).contains("for=\"" + id + "\"");
            }
        }
        assertThat(page).contains("<input type=\"text\" id=\"field-title\" name=\"title\"",
                "type=\"datetime-local\"", "type=\"number\"", "<select id=\"field-status\"",
                "<option value=\"draft\" selected=\"selected\">draft</option>", "type=\"checkbox\" value=\"true\"",
                "class=\"json\"", "id=\"field-extra-json-state\"", "(required)", "The average reader rating",
                "<option value=\"" + jane + "\">Jane Doe</option>", "name=\"tags\"", "java")
                .doesNotContain("name=\"_version\"");
        for (String input : List.of("<select id=\"field-status\"", "<textarea id=\"field-body\"",
                "<textarea class=\"json\" spellcheck=\"false\" id=\"field-extra\"", "<select id=\"field-author\"")) {
            assertThat(page.split(java.util.regex.Pattern.quote(input), -1)).as("one " + input).hasSize(2);
        }
    }

    @Test
    void createsARowFromTheForm() throws Exception {
        UUID jane = author("Jane Doe", "jane");
        UUID java = create("tag", "{\"name\":\"java\",\"slug\":\"java\"}");
        MvcResult result = mvc.perform(form(post("/admin/data/post/new")
                        .param("title", "Hello world").param("slug", "hello-world").param("status", "published")
                        .param("rating", "4.5").param("featured", "true").param("readingMinutes", "7")
                        .param("publishedAt", "2024-05-31T14:30").param("extra", "{\"seo\": {\"title\": \"Hi\"}}")
                        .param("author", jane.toString()).param("tags", java.toString()).param("series", "")
                        .param("summary", "")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/data/post/*"))
                .andExpect(flash().attribute("flash", "Post created."))
                .andReturn();
        UUID id = UUID.fromString(result.getResponse().getRedirectedUrl().substring("/admin/data/post/".length()));
        JsonNode row = row("post", id);
        assertThat(row.get("title").textValue()).isEqualTo("Hello world");
        assertThat(row.get("rating").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(row.get("featured").booleanValue()).isTrue();
        assertThat(row.get("readingMinutes").intValue()).isEqualTo(7);
        assertThat(row.get("publishedAt").textValue()).startsWith("2024-05-31T14:30:00");
        assertThat(row.get("extra").toString()).isEqualTo("{\"seo\":{\"title\":\"Hi\"}}");
        assertThat(row.get("tags").get(0).textValue()).isEqualTo(java.toString());
        assertThat(row.get("summary").isNull()).isTrue();
        assertThat(row.get("viewCount").longValue()).as("the default").isZero();
    }

    @Test
    void anInvalidRowIsShownAgainWithEachErrorNextToItsFieldAndNothingWritten() throws Exception {
        UUID jane = author("Jane Doe", "jane");
        String page = html(mvc.perform(form(post("/admin/data/post/new")
                        .param("title", "").param("slug", "Not A Slug").param("rating", "7").param("readingMinutes", "x")
                        .param("extra", "{broken").param("author", jane.toString())))
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(count("post")).isZero();
        assertThat(page).contains("Nothing was saved: 5 values need correcting.",
                "<p class=\"error-text\" id=\"field-title-error\">Title is required.</p>",
                "id=\"field-slug-error\"", "id=\"field-rating-error\"", "id=\"field-readingMinutes-error\"",
                "<p class=\"error-text\" id=\"field-extra-error\">Extra is not valid JSON",
                "aria-describedby=\"field-title-error\"", "aria-invalid=\"true\"");
        assertThat(page).as("the input is kept").contains("value=\"Not A Slug\"", "{broken</textarea>");
    }

    @Test
    void aValueTakenByAnotherRowIsReportedAtItsField() throws Exception {
        author("Jane Doe", "jane");
        String page = html(mvc.perform(form(post("/admin/data/author/new").param("name", "Other Jane")
                        .param("handle", "jane").param("email", "other@example.com")))
                .andExpect(status().isConflict()).andReturn());
        assertThat(page).contains("id=\"field-handle-error\">Another author already has this handle.</p>");
        assertThat(count("author")).isOne();
    }

    @Test
    void editsARowAtTheVersionItWasOpenedAt() throws Exception {
        UUID jane = author("Jane Doe", "jane");
        String page = html(mvc.perform(get("/admin/data/author/" + jane)).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("name=\"_version\" value=\"1\"", "value=\"Jane Doe\"", "Delete…");

        mvc.perform(form(post("/admin/data/author/" + jane).param("_version", "1").param("name", "Jane Smith")
                        .param("handle", "jane").param("email", "jane@example.com").param("bio", "")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "Changes saved."));
        JsonNode row = row("author", jane);
        assertThat(row.get("name").textValue()).isEqualTo("Jane Smith");
        assertThat(row.get("version").intValue()).isEqualTo(2);
    }

    @Test
    void anEditOfARowThatChangedMeanwhileIsExplainedAndKeepsTheInput() throws Exception {
        UUID jane = author("Jane Doe", "jane");
        var api = this.api.current();
        List<dev.plinth.query.QueryException.FieldError> errors = new ArrayList<>();
        api.writes().update(entity("author"), jane, api.validator().check(entity("author"),
                json("{\"name\":\"Someone else\"}"), dev.plinth.query.write.WriteMode.PATCH, "", errors),
                1, null, Access.ALL);

        String page = html(mvc.perform(form(post("/admin/data/author/" + jane).param("_version", "1")
                        .param("name", "My edit").param("handle", "jane").param("email", "jane@example.com")))
                .andExpect(status().isConflict()).andReturn());
        assertThat(page).contains("This row changed since you opened it", "value=\"My edit\"",
                "href=\"/admin/data/author/" + jane + "\">Reload the row</a>", "name=\"_version\" value=\"1\"");
        assertThat(row("author", jane).get("name").textValue()).isEqualTo("Someone else");
    }

    @Test
    void deletesARowAfterAConfirmation() throws Exception {
        UUID tag = create("tag", "{\"name\":\"java\",\"slug\":\"java\"}");
        String confirm = html(mvc.perform(get("/admin/data/tag/" + tag + "/delete")).andExpect(status().isOk()).andReturn());
        assertThat(confirm).contains("Delete java?", "name=\"_version\" value=\"1\"", "Keep it");
        assertThat(count("tag")).isOne();

        mvc.perform(form(post("/admin/data/tag/" + tag + "/delete").param("_version", "1")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "Tag deleted."));
        assertThat(count("tag")).isZero();
        mvc.perform(get("/admin/data/tag/" + tag)).andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("it may have been deleted")));
    }

    @Test
    void aRowStillReferencedIsNotDeletedAndTheReasonIsGiven() throws Exception {
        UUID jane = author("Jane Doe", "jane");
        create("post", "{\"title\":\"Hello\",\"slug\":\"hello\",\"author\":\"" + jane + "\"}");
        String page = html(mvc.perform(form(post("/admin/data/author/" + jane + "/delete").param("_version", "1")))
                .andExpect(status().isConflict()).andReturn());
        assertThat(page).contains("This author is still referenced by post rows (their author field)");
        assertThat(count("author")).isOne();
    }

    @Test
    void aFormWithoutItsVersionIsRefusedInWords() throws Exception {
        UUID jane = author("Jane Doe", "jane");
        String page = html(mvc.perform(form(post("/admin/data/author/" + jane).param("name", "X")))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(page).contains("The form does not say which version of the row it changes");
    }

    @Test
    void thePickerSearchesTheTargetByLabel() throws Exception {
        UUID jane = author("Jane Doe", "jane");
        author("John Roe", "john");
        mvc.perform(get("/admin/data/author/options").param("q", "jan"))
                .andExpect(status().isOk())
                .andExpect(content().json("[{\"id\":\"" + jane + "\",\"label\":\"Jane Doe\"}]", true));
        mvc.perform(get("/admin/data/author/options").param("q", jane.toString()))
                .andExpect(content().json("[{\"id\":\"" + jane + "\",\"label\":\"Jane Doe\"}]", true));
        mvc.perform(get("/admin/data/author/options"))
                .andExpect(content().json("[{\"label\":\"Jane Doe\"},{\"label\":\"John Roe\"}]"));
        mvc.perform(get("/admin/data/author/options").param("q", "it's"))
                .andExpect(status().isOk()).andExpect(content().json("[]"));
        mvc.perform(get("/admin/data/nothing/options")).andExpect(status().isNotFound());
    }
}
