package dev.plinth.admin.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.plinth.admin.ServedBlog;
import dev.plinth.security.identity.FirstAdmin;
import dev.plinth.security.identity.Passwords;
import dev.plinth.security.identity.User;
import dev.plinth.security.identity.Users;
import dev.plinth.security.token.ApiKeys;
import dev.plinth.security.token.InvalidCredentialException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Users created, given roles and disabled; API keys created (their secret shown once) and revoked. */
class UserPagesTest extends ServedBlog {

    @Autowired
    private Users users;
    @Autowired
    private Passwords passwords;
    @Autowired
    private ApiKeys keys;

    @Test
    void aUserIsCreatedGivenRolesAndDisabled() throws Exception {
        mvc.perform(page("/admin/users/new")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("for=\"user-email\""),
                        containsString("for=\"user-role-reader\""), containsString("for=\"user-role-admin\""),
                        containsString("for=\"user-password\""))));
        mvc.perform(form("/admin/users/new", "email", "Ada@Example.com", "displayName", "Ada", "roles", "writer",
                        "password", "correct horse battery"))
                .andExpect(status().is3xxRedirection());
        User ada = users.byEmail("ada@example.com").orElseThrow();
        assertThat(ada.roles()).containsExactly("writer");
        assertThat(passwords.matches("correct horse battery", ada.passwordHash())).isTrue();

        mvc.perform(page("/admin/users")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ada@example.com"), containsString("writer"),
                        containsString("never"), not(containsString("bcrypt")))));

        mvc.perform(form("/admin/users/" + ada.id(), "displayName", "Ada L.", "roles", "editor", "roles", "reader"))
                .andExpect(redirectedUrl("/admin/users/" + ada.id()));
        assertThat(users.byId(ada.id()).orElseThrow().roles()).containsExactly("editor", "reader");

        mvc.perform(form("/admin/users/" + ada.id() + "/enabled", "enabled", "false"))
                .andExpect(redirectedUrl("/admin/users/" + ada.id()));
        assertThat(users.byId(ada.id()).orElseThrow().enabled()).isFalse();
        mvc.perform(page("/admin/users/" + ada.id())).andExpect(content().string(containsString("Enable this user")));
    }

    @Test
    void aGeneratedPasswordIsShownOnceAndBadInputIsShownNextToItsField() throws Exception {
        String html = mvc.perform(form("/admin/users/new", "email", "grace@example.com"))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString();
        Matcher shown = Pattern.compile("id=\"new-password\" type=\"text\" readonly value=\"([^\"]+)\"").matcher(html);
        assertThat(shown.find()).isTrue();
        User grace = users.byEmail("grace@example.com").orElseThrow();
        assertThat(passwords.matches(shown.group(1), grace.passwordHash())).isTrue();
        mvc.perform(page("/admin/users/" + grace.id())).andExpect(content().string(not(containsString(shown.group(1)))));

        mvc.perform(form("/admin/users/new", "email", "grace@example.com", "password", "long enough"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("A user with this email exists already.")));
        mvc.perform(form("/admin/users/new", "email", "not an email")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"user-email-error\"")));
        mvc.perform(form("/admin/users/new", "email", "short@example.com", "password", "short"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"user-password-error\"")));
    }

    @Test
    void theLastAdminCannotBeDisabled() throws Exception {
        User admin = users.byEmail(FirstAdmin.DEFAULT_EMAIL).orElseThrow();
        mvc.perform(form("/admin/users/" + admin.id() + "/enabled", "enabled", "false"))
                .andExpect(flash().attribute("flashError", containsString("last enabled admin")));
        assertThat(users.byId(admin.id()).orElseThrow().enabled()).isTrue();
        mvc.perform(form("/admin/users/" + admin.id(), "roles", "reader"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("keeps the admin role")));
    }

    @Test
    void aKeyShowsItsSecretOnceAndIsRevokedAfterAConfirmation() throws Exception {
        String html = mvc.perform(form("/admin/keys/new", "name", "billing", "roles", "reader", "expires", "2999-12-31"))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("will\n    not be shown again")))
                .andReturn().getResponse().getContentAsString();
        Matcher shown = Pattern.compile("value=\"(plk_[A-Za-z0-9_-]+)\"").matcher(html);
        assertThat(shown.find()).isTrue();
        String secret = shown.group(1);
        assertThat(keys.verify(secret).roles()).contains("reader");

        ApiKeys.ApiKey key = keys.list().stream().filter(k -> k.name().equals("billing")).findFirst().orElseThrow();
        mvc.perform(page("/admin/keys")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("billing"), containsString(ApiKeys.MARK + key.prefix()),
                        containsString("2999-12-31"), not(containsString(secret)))));

        mvc.perform(page("/admin/keys/" + key.id() + "/revoke")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Revoke the key")));
        assertThat(keys.byId(key.id()).orElseThrow().revokedAt()).as("nothing revoked before the confirmation").isNull();
        mvc.perform(form("/admin/keys/" + key.id() + "/revoke")).andExpect(redirectedUrl("/admin/keys"));
        assertThat(keys.byId(key.id()).orElseThrow().revokedAt()).isNotNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> keys.verify(secret))
                .isInstanceOf(InvalidCredentialException.class);

        mvc.perform(form("/admin/keys/new", "name", " ")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"key-name-error\"")));
        mvc.perform(form("/admin/keys/new", "name", "old", "expires", "2001-01-01"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("would have expired already")));
    }
}
