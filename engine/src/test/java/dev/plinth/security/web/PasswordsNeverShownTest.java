package dev.plinth.security.web;

import static dev.plinth.security.web.PlinthServer.ADMIN_PASSWORD;
import static dev.plinth.security.web.PlinthServer.bearer;
import static dev.plinth.security.web.PlinthServer.json;
import static dev.plinth.security.web.PlinthServer.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Passwords go in and never come out: not in the log (with Spring's request logging at DEBUG), not in a response,
 * not in the exported model, not in the database.
 */
@ExtendWith(OutputCaptureExtension.class)
class PasswordsNeverShownTest {

    private static final String CREATED = "created-user-password";
    private static final String SIGNED_UP = "signed-up-password";
    private static final String RESET = "reset-to-this-password";
    private static final String WRONG = "a-wrong-password-guess";

    @Test
    void noPasswordLeavesPlinth(CapturedOutput output, @TempDir Path export) throws IOException {
        List<HttpResponse<String>> responses = new ArrayList<>();
        try (PlinthServer server = PlinthServer.start(List.of(), "--logging.level.org.springframework.web=DEBUG",
                "--logging.level.org.springframework.security=DEBUG", "--logging.level.dev.plinth=DEBUG",
                "--logging.level.org.apache.catalina=DEBUG")) {
            String admin = bearer(server.adminToken());
            HttpResponse<String> created = server.post("/admin/api/users", "{\"email\":\"ivy@example.com\",\"password\":\""
                    + CREATED + "\"}", "Authorization", admin);
            responses.add(created);
            responses.add(server.post("/auth/login", json("email", "ivy@example.com", "password", CREATED)));
            responses.add(server.post("/auth/login", json("email", "ivy@example.com", "password", WRONG)));
            responses.add(server.post("/auth/login", json("email", "nobody@example.com", "password", WRONG)));
            responses.add(server.post("/auth/signup", json("email", "joe@example.com", "password", SIGNED_UP)));
            responses.add(server.patch("/admin/api/users/" + read(created).path("id").asText(), "{\"password\":\"" + RESET
                    + "\"}", "Authorization", admin));
            responses.add(server.post("/auth/login", json("email", "ivy@example.com", "password", RESET)));
            responses.add(server.get("/admin/api/users", "Authorization", admin));
            responses.add(server.post("/auth/login", "{\"email\":\"ivy@example.com\",\"password\":\"" + WRONG + "\""));

            assertThat(server.database().dsl().fetchValues("select password_hash from plinth_user"))
                    .allSatisfy(hash -> assertThat(String.valueOf(hash)).startsWith("{bcrypt}"))
                    .noneSatisfy(hash -> assertThat(String.valueOf(hash)).containsAnyOf(passwords()));
            int exit = Cli.run(new String[] {"export", export.toString(), "--db-url=" + server.database().url(),
                "--db-user=" + server.database().user()}, SecurityTestApp.class, Map.of(),
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
            assertThat(exit).isEqualTo(Cli.OK);
        }

        assertThat(output.getAll()).contains("ivy@example.com").doesNotContain(passwords());
        assertThat(responses).allSatisfy(response -> assertThat(response.body()).doesNotContain(passwords())
                .doesNotContain("bcrypt", "password_hash", "passwordHash"));
        try (Stream<Path> files = Files.walk(export)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(passwords())
                        .doesNotContain("bcrypt");
            }
        }
    }

    private static String[] passwords() {
        return new String[] {ADMIN_PASSWORD, CREATED, SIGNED_UP, RESET, WRONG};
    }

}
