package dev.plinth.admin.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/** The data table: pages, sort, the filter builder, the filter expression, search, and what an error looks like. */
class BrowseTest extends DataTestSupport {

    private static final Pattern ROW_LABEL = Pattern.compile("<th scope=\"row\"><a href=\"/admin/data/post/[0-9a-f-]{36}\">([^<]*)</a>");

    private UUID jane;

    /** 120 posts by Jane, "Post 001" to "Post 120"; every tenth is published and takes 30 minutes to read. */
    private void posts() {
        jane = author("Jane Doe", "jane");
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(String.format("{\"title\":\"Post %03d\",\"slug\":\"post-%03d\",\"author\":\"%s\",\"status\":\"%s\","
                    + "\"readingMinutes\":%d}", i, i, jane, i % 10 == 0 ? "published" : "draft", i % 10 == 0 ? 30 : 5));
        }
        create("post", rows);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<String> labels(String html) {
        List<String> labels = new ArrayList<>();
        Matcher m = ROW_LABEL.matcher(html);
        while (m.find()) {
            labels.add(HtmlUtils.htmlUnescape(m.group(1)));
        }
        return labels;
    }

    @Test
    void listsTheEntitiesWithTheirRowCounts() throws Exception {
        author("Jane Doe", "jane");
        String html = page("/admin/data");
        assertThat(html).contains("href=\"/admin/data/post\"", "href=\"/admin/data/author\"", "Browse, filter");
    }

    @Test
    void showsOnePageAtATimeWithTheTotal() throws Exception {
        posts();
        String first = page("/admin/data/post?sort=title");
        assertThat(labels(first)).hasSize(25).startsWith("Post 001").endsWith("Post 025");
        assertThat(first).contains("Rows 1–25 of 120", "Page 1 of 5", "href=\"/admin/data/post?sort=title&amp;page=2\"");
        assertThat(labels(page("/admin/data/post"))).as("without a sort, in the order rows were made").hasSize(25);

        String last = page("/admin/data/post?sort=title&page=5");
        assertThat(labels(last)).hasSize(20).startsWith("Post 101").endsWith("Post 120");
        assertThat(last).contains("Rows 101–120 of 120", "rel=\"prev\"").doesNotContain("rel=\"next\"");

        assertThat(labels(page("/admin/data/post?size=100"))).hasSize(100);
        assertThat(labels(page("/admin/data/post?size=1000"))).as("only the offered sizes").hasSize(25);
    }

    @Test
    void showsReferencesByTheirLabelLinkedToTheRow() throws Exception {
        posts();
        String html = page("/admin/data/post");
        assertThat(html).contains("<a href=\"/admin/data/author/" + jane + "\">Jane Doe</a>");
    }

    @Test
    void sortsByAColumnBothWays() throws Exception {
        posts();
        String html = page("/admin/data/post?sort=-title");
        assertThat(labels(html)).startsWith("Post 120", "Post 119");
        assertThat(html).contains("aria-sort=\"descending\"");
        assertThat(html).as("clicking the header again sorts ascending").contains("href=\"/admin/data/post?sort=title\"");
        assertThat(labels(page("/admin/data/post?sort=title"))).startsWith("Post 001");
        assertThat(labels(page("/admin/data/post?sort=-readingMinutes&size=50"))).hasSize(50)
                .startsWith("Post 010", "Post 020");
    }

    @Test
    void filtersWithTheBuilderTheExpressionAndTheSearchTogether() throws Exception {
        posts();
        String published = page("/admin/data/post?f=status&op=eq&v=published");
        assertThat(labels(published)).hasSize(12).startsWith("Post 010");
        assertThat(published).contains("Rows 1–12 of 12", "status = &#39;published&#39;");

        String both = page("/admin/data/post?f=status&op=eq&v=published&f=title&op=contains&v=post 1"
                + "&filter=readingMinutes > 10");
        assertThat(labels(both)).containsExactlyInAnyOrder("Post 100", "Post 110", "Post 120");

        assertThat(labels(page("/admin/data/post?q=POST 05&sort=title"))).containsExactly("Post 050", "Post 051", "Post 052",
                "Post 053", "Post 054", "Post 055", "Post 056", "Post 057", "Post 058", "Post 059");
        assertThat(labels(page("/admin/data/post?f=readingMinutes&op=ge&v=30&f=&op=eq&v="))).hasSize(12);
    }

    @Test
    void quotesInValuesAreTextNotSyntax() throws Exception {
        UUID author = author("Jane Doe", "jane");
        create("post", "{\"title\":\"It's done\",\"slug\":\"its-done\",\"author\":\"" + author + "\"}");
        assertThat(labels(page("/admin/data/post?q=it's"))).containsExactly("It's done");
        assertThat(labels(page("/admin/data/post?f=title&op=eq&v=It's done"))).containsExactly("It's done");
        assertThat(labels(page("/admin/data/post?f=title&op=eq&v=x' or title ~ '"))).isEmpty();
    }

    @Test
    void aBadFilterIsExplainedAboveTheTable() throws Exception {
        posts();
        String html = mvc.perform(get("/admin/data/post").param("filter", "titel = 'x'"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("role=\"alert\"", "The filter is not valid", "titel")
                .doesNotContain("<table class=\"grid data\"", "Exception", "at dev.plinth");
        assertThat(html).as("the person's expression stays in the box").contains("value=\"titel = &#39;x&#39;\"");

        assertThat(page("/admin/data/post?f=rating&op=contains&v=4")).contains("does not suit rating");
        assertThat(page("/admin/data/post?f=readingMinutes&op=eq&v=many")).contains("role=\"alert\"", "many");
        assertThat(page("/admin/data/post?sort=nothing")).contains("has no column");
    }

    @Test
    void anEntityWithoutRowsSaysSo() throws Exception {
        assertThat(page("/admin/data/tag")).contains("There are no Tag rows yet.").doesNotContain("<tbody>");
        assertThat(page("/admin/data/tag?q=x")).contains("No rows match.");
    }

    @Test
    void anUnknownEntityIsANotFoundPage() throws Exception {
        String html = mvc.perform(get("/admin/data/nothing")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("There is no entity &#39;nothing&#39;");
    }
}
