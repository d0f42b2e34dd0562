package dev.plinth.admin.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.plinth.admin.ServedBlog;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.util.HtmlUtils;

/** A design the engine would refuse is shown back with each problem next to its input, and changes nothing. */
class InvalidDesignTest extends ServedBlog {

    private int version;
    private String postFile;
    private String tagFile;

    @BeforeEach
    void remember() throws Exception {
        version = appliedVersion();
        postFile = modelFile("entities/post.json");
        tagFile = modelFile("entities/tag.json");
    }

    @AfterEach
    void nothingChanged() throws Exception {
        assertThat(appliedVersion()).isEqualTo(version);
        assertThat(modelFile("entities/post.json")).isEqualTo(postFile);
        assertThat(modelFile("entities/tag.json")).isEqualTo(tagFile);
        mvc.perform(page("/admin/plan")).andExpect(content().string(containsString("no design change waiting")));
    }

    /** The page shows {@code message} in the error text tied to the input {@code inputId}, and marks the input. */
    private static ResultMatcher errorNextTo(String inputId, String message) {
        return result -> {
            String html = result.getResponse().getContentAsString();
            Matcher error = Pattern.compile("id=\"" + inputId + "-error\"[^>]*>([^<]*)<").matcher(html);
            assertThat(error.find()).as("an error next to " + inputId).isTrue();
            assertThat(HtmlUtils.htmlUnescape(error.group(1))).contains(message);
            assertThat(html).containsPattern("id=\"" + inputId + "\"[^>]*aria-invalid=\"true\"");
        };
    }

    @Test
    void aMaximumLengthBelowTheMinimum() throws Exception {
        mvc.perform(form("/admin/entities/tag/fields/new", "name", "code", "type", "string", "minLength", "10",
                        "maxLength", "5"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(errorNextTo("field-min-length", "MinLength (10) is greater than maxLength (5)"))
                .andExpect(content().string(containsString("value=\"code\"")));
    }

    @Test
    void aReservedEntityName() throws Exception {
        mvc.perform(form("/admin/entities/new", "name", "user"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(errorNextTo("entity-name", "'user' is kept for Plinth's own tables and pages"));
        mvc.perform(form("/admin/entities/new", "name", "Blog Post"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(errorNextTo("entity-name", "is not a valid entity name"));
    }

    @Test
    void aFieldNamePlinthAddsItself() throws Exception {
        mvc.perform(form("/admin/entities/tag/fields/name", "name", "createdAt", "type", "string", "required", "true"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(errorNextTo("field-name", "'createdAt' is a field Plinth adds to every entity"));
    }

    @Test
    void anEnumDefaultThatIsNotOneOfItsValues() throws Exception {
        mvc.perform(form("/admin/entities/post/fields/new", "name", "mood", "type", "enum", "values", "happy\nsad",
                        "defaultText", "angry"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(errorNextTo("field-default", "The default 'angry'"));
    }

    @Test
    void aNumberThatIsNotOne() throws Exception {
        mvc.perform(form("/admin/entities/post/fields/new", "name", "code", "type", "string", "maxLength", "lots",
                        "minLength", "1.5"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(errorNextTo("field-max-length", "'lots' is not a whole number"))
                .andExpect(errorNextTo("field-min-length", "'1.5' is not a whole number"))
                .andExpect(content().string(containsString("value=\"lots\"")));
    }

    @Test
    void optionsOfAnotherTypeAreIgnored() throws Exception {
        mvc.perform(form("/admin/entities/tag/fields/new", "name", "weight", "type", "integer", "maxLength", "lots",
                        "min", "ten"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(errorNextTo("field-min", "'ten' is not a number"))
                .andExpect(content().string(not(containsString("id=\"field-max-length-error\""))));
    }

    @Test
    void aRenameThatWouldBreakARoleFilter() throws Exception {
        mvc.perform(form("/admin/entities/post/fields/status", "name", "state", "type", "enum",
                        "values", "draft\npublished\narchived", "defaultText", "draft", "required", "true"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Role anonymous, rule 1: the row filter")))
                .andExpect(content().string(containsString("is not valid")))
                .andExpect(content().string(containsString("Change the role&#39;s rules first")));
    }

    @Test
    void deletingAnEntityOthersPointTo() throws Exception {
        mvc.perform(form("/admin/entities/author/delete"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Entity post, field author: the field points to the"
                        + " entity &#39;author&#39;, which the model does not define")));
    }
}
