package dev.plinth.boot;

import static dev.plinth.security.web.PlinthServer.ADMIN_EMAIL;
import static dev.plinth.security.web.PlinthServer.ADMIN_PASSWORD;
import static dev.plinth.security.web.PlinthServer.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plinth.security.web.PlinthServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** {@code PLINTH_LOG_FORMAT}: text lines by default, or JSON lines for log shippers, the request id in each. */
@ExtendWith(OutputCaptureExtension.class)
class LogFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachFormatIsOneOfSpringBootsStructuredFormats() {
        assertThat(PlinthDefaults.logFormat(LogFormat.TEXT)).isEmpty();
        assertThat(PlinthDefaults.logFormat(LogFormat.of("json")))
                .containsEntry("logging.structured.format.console", "ecs")
                .containsEntry("spring.main.banner-mode", "off");
        assertThat(PlinthDefaults.logFormat(LogFormat.of(" Logstash "))).containsEntry("logging.structured.format.console",
                "logstash");
        assertThat(PlinthDefaults.logFormat(LogFormat.of("GELF"))).containsEntry("logging.structured.format.console",
                "gelf");
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> LogFormat.of("xml"))
                .hasMessage("PLINTH_LOG_FORMAT (plinth.log-format) is 'xml'; it must be text, json, ecs, logstash or gelf");
    }

    /** Every line Spring Boot's logging writes is a JSON object; a failed request's line has its id. */
    @Test
    void jsonLinesCarryTheRequestId(CapturedOutput output) throws JsonProcessingException {
        HttpResponse<String> failed;
        try (PlinthServer server = PlinthServer.start(List.of(), Map.of("PLINTH_LOG_FORMAT", "json",
                "PLINTH_ADMIN_EMAIL", ADMIN_EMAIL, "PLINTH_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
            String admin = bearer(server.adminToken());
            server.database().dsl().execute("alter table post rename to post_away");
            failed = server.get("/api/post", "Authorization", admin, "X-Request-Id", "shipped-42");
        }

        assertThat(failed.statusCode()).isEqualTo(500);
        List<JsonNode> lines = jsonLines(output.getOut());
        assertThat(lines).anySatisfy(line -> assertThat(line.path("message").asText()).startsWith("Started "));
        assertThat(lines).filteredOn(line -> line.path("requestId").asText().equals("shipped-42")).singleElement()
                .satisfies(line -> {
                    assertThat(line.path("log").path("level").asText()).isEqualTo("ERROR");
                    assertThat(line.path("message").asText()).isEqualTo("The API failed to answer a request");
                    assertThat(line.path("error").path("stack_trace").asText()).contains("post");
                });
    }

    /**
     * The lines from Spring Boot's first, each parsed as JSON; lines before it come from the test's own embedded
     * PostgreSQL, which starts before the application configures logging.
     */
    private static List<JsonNode> jsonLines(String out) throws JsonProcessingException {
        List<String> all = out.lines().toList();
        int first = 0;
        while (first < all.size() && !all.get(first).startsWith("{")) {
            first++;
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : all.subList(first, all.size())) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).as("JSON lines").isNotEmpty();
        return lines;
    }
}
