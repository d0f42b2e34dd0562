package dev.plinth.admin.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** CSV export of the current view, page by page, and CSV import: all rows or none, with a report by row. */
class CsvRoutesTest extends DataTestSupport {

    private String export(String query) throws Exception {
        byte[] body = mvc.perform(get("/admin/data/post/export.csv" + query))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"post.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        return new String(body, StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder upload(String entity, String csv) {
        return form(multipart("/admin/data/" + entity + "/import")
                .file(new MockMultipartFile("file", entity + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void exportsEveryRowOfTheFilteredSortedViewAcrossPages() throws Exception {
        UUID jane = author("Jane Doe", "jane");
        UUID java = create("tag", "{\"name\":\"java\",\"slug\":\"java\"}");
        UUID sql = create("tag", "{\"name\":\"sql\",\"slug\":\"sql\"}");
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 1100; i++) {
            rows.add(String.format("{\"title\":\"Post %04d\",\"slug\":\"post-%04d\",\"author\":\"%s\"}", i, i, jane));
        }
        create("post", rows.subList(0, 1000));
        create("post", rows.subList(1000, 1100));
        create("post", "{\"title\":\"Quoted, \\\"really\\\"\",\"slug\":\"quoted\",\"author\":\"" + jane + "\","
                + "\"summary\":\"two\\nlines\",\"rating\":4.5,\"extra\":{\"a\":[1,2]},\"tags\":[\"" + java + "\",\""
                + sql + "\"]}");

        String all = export("?sort=-title");
        String[] lines = all.split("\r\n");
        assertThat(all).startsWith(CsvWriter.BOM + "id,title,slug,status,summary,body,coverImage,rating,"
                + "publishedAt,featured,readingMinutes,viewCount,extra,author,tags,series,seriesPart,createdAt,"
                + "updatedAt,createdBy,updatedBy,version\r\n");
        assertThat(lines).hasSize(1 + 1101);
        assertThat(lines[1]).contains(",\"Quoted, \"\"really\"\"\",quoted,draft,\"two\nlines\",,,4.5,,false,,0,"
                + "\"{\"\"a\"\":[1,2]}\"," + jane + ",");
        assertThat(lines[1]).contains(java + ";" + sql);
        assertThat(lines[2]).contains(",Post 1100,post-1100,");
        assertThat(lines[1101]).contains(",Post 0001,post-0001,");

        String filtered = export("?f=title&op=starts&v=Post 00&q=1&sort=title");
        assertThat(filtered.split("\r\n")).hasSize(1 + 19).satisfies(l -> assertThat(l[1]).contains("Post 0001"));
    }

    @Test
    void anExportOfARefusedViewGoesBackToTheTableWhichSaysWhy() throws Exception {
        mvc.perform(get("/admin/data/post/export.csv").param("filter", "nope = 1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/data/post?filter=nope+%3D+1"));
    }

    @Test
    void importsEveryRowInOneGo() throws Exception {
        UUID jane = author("Jane Doe", "jane");
        UUID java = create("tag", "{\"name\":\"java\",\"slug\":\"java\"}");
        UUID sql = create("tag", "{\"name\":\"sql\",\"slug\":\"sql\"}");
        String csv = "\uFEFFid,Title,slug,status,summary,rating,featured,extra,author,tags,createdAt\r\n"
                + ",First,first,published,\"Line one,\nline two\",4.5,yes,\"{\"\"a\"\": 1}\"," + jane + ","
                + java + ";" + sql + ",2024-01-01T00:00:00Z\r\n"
                + ",Second,second,,,,,," + jane + ",,\r\n";
        mvc.perform(upload("post", csv))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/data/post"))
                .andExpect(flash().attribute("flash", "Imported 2 rows into Post. Ignored the columns Plinth sets"
                        + " itself: id, createdAt."));
        assertThat(count("post")).isEqualTo(2);
        String exported = new String(mvc.perform(get("/admin/data/post/export.csv?sort=title"))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(exported).contains(",First,first,published,\"Line one,\nline two\",,,4.5,,true,,0,\"{\"\"a\"\":1}\","
                + jane + ",");
        assertThat(exported).contains(",Second,second,draft,,,,,,false,");
    }

    @Test
    void anImportWithOneBadRowWritesNothingAndNamesTheRow() throws Exception {
        UUID jane = author("Jane Doe", "jane");
        String csv = "title,slug,rating,author,extra\n"
                + "Good one,good-one,4," + jane + ",\n"
                + "\n"
                + "Bad,Not A Slug,9," + jane + ",{nope\n"
                + "Good two,good-one,1," + jane + ",\n"
                + "Gone,gone,1," + UUID.randomUUID() + ",\n";
        String page = mvc.perform(upload("post", csv)).andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString();
        assertThat(count("post")).isZero();
        assertThat(page).contains("Nothing was imported", "4 values need correcting");
        assertThat(page).containsPattern("<td class=\"num\">4</td>\\s*<td><code>slug</code></td>");
        assertThat(page).containsPattern("<td class=\"num\">4</td>\\s*<td><code>rating</code></td>");
        assertThat(page).containsPattern("<td class=\"num\">4</td>\\s*<td><code>extra</code></td>\\s*<td>Extra is not valid JSON");
        assertThat(page).containsPattern("<td class=\"num\">5</td>\\s*<td><code>slug</code></td>\\s*<td>Slug must be"
                + " unique, and row 2 has the same value.</td>");

        String missing = mvc.perform(upload("post", "title,slug,author\nGone,gone," + UUID.randomUUID() + "\n"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(missing).containsPattern("<td class=\"num\">2</td>\\s*<td><code>author</code></td>\\s*<td>There is no"
                + " author with id");
        assertThat(count("post")).isZero();
    }

    @Test
    void refusesFilesItCannotUse() throws Exception {
        assertThat(mvc.perform(upload("tag", "name,colour,nickname\nx,#000000,y\n"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString())
                .contains("The column &#39;nickname&#39; is not a field of Tag.")
                .doesNotContain("&#39;colour&#39; is not", "not a field of Tag. Its fields are: name, slug, description,"
                        + " color.</li><li>");
        assertThat(mvc.perform(upload("tag", "name,slug\n\"open,x\n")).andReturn().getResponse().getContentAsString())
                .contains("Line 2: a quoted field is never closed");
        assertThat(mvc.perform(upload("tag", "")).andReturn().getResponse().getContentAsString())
                .contains("Choose a CSV file to import.");
        assertThat(mvc.perform(upload("tag", "name,slug\n")).andReturn().getResponse().getContentAsString())
                .contains("The file has a header but no rows to import.");
        assertThat(mvc.perform(upload("tag", "name,slug\na,b,c\n")).andReturn().getResponse().getContentAsString())
                .contains("The row has 3 cells but the header has 2 columns.");
        assertThat(count("tag")).isZero();
        mvc.perform(get("/admin/data/tag/import")).andExpect(status().isOk());
    }
}
