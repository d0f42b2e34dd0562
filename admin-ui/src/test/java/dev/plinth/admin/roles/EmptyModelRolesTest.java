package dev.plinth.admin.roles;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.plinth.admin.ServedAdminUi;
import org.junit.jupiter.api.Test;

/** The roles, users and keys pages of a Plinth serving an empty model, and addresses naming nothing. */
class EmptyModelRolesTest extends ServedAdminUi {

    @Test
    void thePagesSayThereIsNothingYet() throws Exception {
        mvc.perform(page("/admin/roles")).andExpect(status().isOk())
                .andExpect(content().string(containsString("The model has no entities yet")));
        mvc.perform(page("/admin/keys")).andExpect(status().isOk())
                .andExpect(content().string(containsString("There are no API keys yet")));
        mvc.perform(page("/admin/users")).andExpect(status().isOk())
                .andExpect(content().string(containsString("1 user")));
    }

    @Test
    void anAddressNamingNothingIsA404InWords() throws Exception {
        mvc.perform(page("/admin/roles/anonymous/post")).andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("There is no entity named post"),
                        not(containsString("Exception")))));
        mvc.perform(page("/admin/roles/nobody/post")).andExpect(status().isNotFound());
        mvc.perform(page("/admin/users/00000000-0000-0000-0000-000000000000")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no such user")));
        mvc.perform(page("/admin/users/not-an-id")).andExpect(status().isNotFound());
        mvc.perform(page("/admin/keys/00000000-0000-0000-0000-000000000000/revoke"))
                .andExpect(status().isNotFound());
    }
}
