package dev.plinth.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A new Plinth has an admin who can sign in: from PLINTH_ADMIN_* or with the password it printed. */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

    @Test
    void theAdminFromTheEnvironmentSignsIn(CapturedOutput output) {
        try (PlinthServer server = PlinthServer.start(List.of(), Map.of("PLINTH_ADMIN_EMAIL", "Ops@Example.com",
                "PLINTH_ADMIN_PASSWORD", "from-the-environment"))) {
            assertThat(server.login("ops@example.com", "from-the-environment").path("accessToken").asText()).isNotEmpty();
        }
        assertThat(output.getAll()).contains("Created the admin user ops@example.com").doesNotContain("from-the-environment");
    }

    @Test
    void withoutThemTheGeneratedPasswordIsPrintedOnceAndSignsIn(CapturedOutput output) {
        try (PlinthServer server = PlinthServer.start(List.of(), Map.of())) {
            Matcher printed = Pattern.compile("password: (\\S+)").matcher(output.getAll());
            assertThat(printed.find()).isTrue();
            String token = server.login("admin@localhost", printed.group(1)).path("accessToken").asText();
            assertThat(PlinthServer.read(server.get("/auth/me", "Authorization", PlinthServer.bearer(token)))
                    .path("roles").toString()).isEqualTo("[\"admin\"]");
            assertThat(printed.find()).as("printed once").isFalse();
        }
    }
}
