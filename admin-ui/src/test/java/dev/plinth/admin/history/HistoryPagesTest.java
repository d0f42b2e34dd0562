package dev.plinth.admin.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.plinth.admin.ServedBlog;
import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.Model;
import dev.plinth.model.type.FieldTypes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The model history: versions, one version, a diff between two, and the zip of the current model. */
class HistoryPagesTest extends ServedBlog {

    @BeforeEach
    void aSecondVersionAddsAFieldToTag() {
        if (appliedVersion() > 1) {
            return;
        }
        Model model = editor.applied().model();
        Entity tag = model.entity("tag").orElseThrow();
        List<Field> fields = new ArrayList<>(tag.fields());
        fields.add(Field.of("weight", FieldTypes.INTEGER).withId("weight01"));
        editor.apply(model.withEntities(model.entities().stream().map(e -> e == tag ? e.withFields(fields) : e)
                .toList()), false, "ada@example.com");
    }

    @Test
    void listsEveryVersionWithWhoAndWhat() throws Exception {
        mvc.perform(page("/admin/history")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/history/2\"")))
                .andExpect(content().string(containsString("href=\"/admin/history/1\"")))
                .andExpect(content().string(containsString("ada@example.com")))
                .andExpect(content().string(containsString("[safe] Add field tag.weight")));
    }

    @Test
    void showsOneVersionWithItsFiles() throws Exception {
        mvc.perform(page("/admin/history/2")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Version <span>2</span>")))
                .andExpect(content().string(containsString("entities/tag.json")))
                .andExpect(content().string(containsString("href=\"/admin/history/diff?from=1&amp;to=2\"")));
        mvc.perform(page("/admin/history/99")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no model version 99")));
        mvc.perform(page("/admin/history/99999999999999999999")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no version 99999999999999999999.")));
    }

    @Test
    void diffsTwoVersionsFileByFile() throws Exception {
        mvc.perform(page("/admin/history/diff?from=1&to=2")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<code>entities/tag.json</code>")))
                .andExpect(content().string(containsString("+       &quot;name&quot;: &quot;weight&quot;,")))
                .andExpect(content().string(containsString("<span>1</span> file(s) differ")));
        mvc.perform(page("/admin/history/diff?from=a&to=2")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be a whole number, not &#39;a&#39;")));
        mvc.perform(page("/admin/history/diff?from=0&to=1")).andExpect(status().isOk())
                .andExpect(content().string(containsString("new file")))
                .andExpect(content().string(containsString("entities/post.json")));
        mvc.perform(page("/admin/history/diff?from=2&to=2"))
                .andExpect(content().string(containsString("The two versions have the same model files")));
        mvc.perform(page("/admin/history/diff?from=1&to=7")).andExpect(status().isNotFound());
    }

    @Test
    void exportsTheCurrentModelAsTheFilesOfItsFolder() throws Exception {
        byte[] zip = mvc.perform(page("/admin/history/export.zip")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", containsString("blog-model-v2.zip")))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        Map<String, String> folder = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(modelDir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                folder.put(modelDir.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(folder.keySet())
                .contains("plinth.json", "entities/tag.json", "roles/writer.json");
        assertThat(entries).isEqualTo(folder);
        assertThat(entries.get("entities/tag.json")).contains("\"weight\"");
    }
}
