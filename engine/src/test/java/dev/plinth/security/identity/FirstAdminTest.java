package dev.plinth.security.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plinth.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The admin a new Plinth creates for itself, from the configuration or with a generated password. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

    private static final Pattern PRINTED = Pattern.compile("password: (\\S+)");

    private final Passwords passwords = new Passwords();
    private Users users;

    @BeforeEach
    void freshDatabase() {
        // Other tests in this JVM (the quiet command line, say) may have turned the log down.
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel(FirstAdmin.class.getName(), LogLevel.INFO);
        TestDatabase database = TestDatabase.create();
        database.schemaEngine().initialize();
        users = new Users(database.dsl());
    }

    @Test
    void theConfiguredAdminIsCreatedAndItsPasswordNeverLogged(CapturedOutput output) {
        new FirstAdmin(users, passwords, " Boss@Example.com ", "s3cret-for-the-boss").ensure();

        User admin = users.byEmail("boss@example.com").orElseThrow();
        assertThat(admin.roles()).containsExactly("admin");
        assertThat(admin.enabled()).isTrue();
        assertThat(passwords.matches("s3cret-for-the-boss", admin.passwordHash())).isTrue();
        assertThat(admin.passwordHash()).startsWith("{bcrypt}$2a$10$").doesNotContain("s3cret-for-the-boss");
        assertThat(output.getAll()).contains("boss@example.com").doesNotContain("s3cret-for-the-boss");
    }

    @Test
    void withoutConfigurationTheAdminGetsAGeneratedPasswordPrintedOnce(CapturedOutput output) {
        assertThat(new FirstAdmin(users, passwords, null, null).ensure()).isPresent();

        User admin = users.byEmail(FirstAdmin.DEFAULT_EMAIL).orElseThrow();
        Matcher printed = PRINTED.matcher(output.getAll());
        assertThat(printed.find()).as("the password is printed").isTrue();
        assertThat(passwords.matches(printed.group(1), admin.passwordHash())).isTrue();
        assertThat(output.getAll()).contains("shown only this once");

        assertThat(new FirstAdmin(users, passwords, null, null).ensure()).as("a second start").isEmpty();
        assertThat(new FirstAdmin(users, passwords, "other@example.com", "another-password").ensure()).isEmpty();
        assertThat(PRINTED.matcher(output.getAll()).results().count()).isEqualTo(1);
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void instancesStartingAtOnceCreateOneAdminAndPrintOnePassword(CapturedOutput output) throws Exception {
        int instances = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        List<Future<Boolean>> created = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            FirstAdmin first = new FirstAdmin(users, passwords, null, null);
            created.add(pool.submit((Callable<Boolean>) () -> {
                start.await();
                return first.ensure().isPresent();
            }));
        }
        start.countDown();
        int made = 0;
        for (Future<Boolean> result : created) {
            made += result.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(made).isEqualTo(1);
        assertThat(users.count()).isEqualTo(1);
        assertThat(PRINTED.matcher(output.getAll()).results().count()).isEqualTo(1);
    }

    @Test
    void anExistingUserWithTheEmailIsNotMadeAdmin(CapturedOutput output) {
        users.create(new Users.NewUser("boss@example.com", null, null, List.of("editor"), false), null);

        assertThat(new FirstAdmin(users, passwords, "boss@example.com", "s3cret-for-the-boss").ensure()).isEmpty();

        assertThat(users.byEmail("boss@example.com").orElseThrow().roles()).containsExactly("editor");
        assertThat(output.getAll()).contains("is taken by a user who is not an admin");
    }

    @Test
    void anUnusableConfigurationStopsTheStart() {
        assertThatThrownBy(() -> new FirstAdmin(users, passwords, "not an email", "long-enough-password"))
                .hasMessageContaining("PLINTH_ADMIN_EMAIL");
        assertThatThrownBy(() -> new FirstAdmin(users, passwords, "boss@example.com", "short"))
                .hasMessageContaining("PLINTH_ADMIN_PASSWORD").hasMessageNotContaining("short");
    }
}
