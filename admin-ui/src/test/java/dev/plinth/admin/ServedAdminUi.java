package dev.plinth.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.plinth.app.PlinthApplication;
import dev.plinth.security.identity.FirstAdmin;
import dev.plinth.security.identity.User;
import dev.plinth.security.identity.Users;
import dev.plinth.security.web.IdentityAuthentication;
import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The whole application, admin UI included, with its own embedded PostgreSQL keeping its data in a temporary folder,
 * serving no model folder: what a fresh Plinth serves. Each test class gets a fresh database, and a fresh session per
 * test; every request goes through {@link #page} or {@link #form}, so sign-in and CSRF tokens, once the admin UI has
 * them, are added in one place.
 */
@SpringBootTest(classes = PlinthApplication.class)
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class ServedAdminUi {

    @TempDir
    static Path dataDir;

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected DSLContext sql;
    @Autowired
    protected ModelEditor editor;
    @Autowired
    private Users users;
    protected MockHttpSession session;

    @DynamicPropertySource
    static void keepTheDataInATemporaryFolder(DynamicPropertyRegistry registry) {
        registry.add("plinth.data-dir", () -> dataDir.toString());
    }

    @BeforeEach
    void freshSession() {
        session = new MockHttpSession();
    }

    /** A page, as the signed-in admin sees it. */
    protected MockHttpServletRequestBuilder page(String url, Object... variables) {
        return get(url, variables).session(session).with(admin());
    }

    /** A form sent by the signed-in admin: name, value, name, value... */
    protected MockHttpServletRequestBuilder form(String url, String... namesAndValues) {
        MockHttpServletRequestBuilder request = post(url).session(session).with(admin()).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        return request;
    }

    /** The first admin, signed in with a session. */
    private RequestPostProcessor admin() {
        User admin = users.byEmail(FirstAdmin.DEFAULT_EMAIL).orElseThrow();
        return authentication(new IdentityAuthentication(admin.identity(), IdentityAuthentication.Source.SESSION));
    }

    protected List<String> columns(String table) {
        return sql.fetch("select column_name from information_schema.columns where table_schema = 'public'"
                + " and table_name = ? order by ordinal_position", table).getValues(0, String.class);
    }

    protected int appliedVersion() {
        return editor.applied().version();
    }
}
