package dev.plinth.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The design pages of a fresh Plinth: no model applied, no model folder; then the first entity. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmptyModelPagesTest extends ServedAdminUi {

    @Test
    @Order(1)
    void everyPageHandlesAnEmptyModel() throws Exception {
        assertThat(appliedVersion()).isZero();
        mvc.perform(page("/admin/entities")).andExpect(status().isOk())
                .andExpect(content().string(containsString("The model has no entities yet")));
        mvc.perform(page("/admin/entities/new")).andExpect(status().isOk());
        mvc.perform(page("/admin/plan")).andExpect(status().isOk())
                .andExpect(content().string(containsString("no design change waiting")));
        mvc.perform(page("/admin/history")).andExpect(status().isOk())
                .andExpect(content().string(containsString("No model has been applied yet")));
        mvc.perform(page("/admin/history/diff")).andExpect(status().isOk())
                .andExpect(content().string(containsString("The two versions have the same model files")));
        byte[] zip = mvc.perform(page("/admin/history/export.zip")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).containsExactly("plinth.json");
    }

    @Test
    @Order(2)
    void theFirstEntityIsAppliedWithoutAModelFolder() throws Exception {
        mvc.perform(form("/admin/entities/new", "name", "note", "label", "Note")).andExpect(redirectedUrl("/admin/plan"));
        mvc.perform(form("/admin/plan/apply")).andExpect(redirectedUrl("/admin/entities/note"));
        mvc.perform(form("/admin/entities/note/fields/new", "name", "text", "type", "text", "required", "true"))
                .andExpect(redirectedUrl("/admin/plan"));
        mvc.perform(form("/admin/plan/apply")).andExpect(redirectedUrl("/admin/entities/note"));

        assertThat(columns("note")).contains("id", "text");
        mvc.perform(page("/admin/entities/note")).andExpect(status().isOk())
                .andExpect(content().string(containsString("required")));
        mvc.perform(page("/admin/history")).andExpect(content().string(containsString("admin@localhost")));
    }
}
