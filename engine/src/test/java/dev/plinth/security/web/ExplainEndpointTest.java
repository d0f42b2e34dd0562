package dev.plinth.security.web;

import static dev.plinth.security.web.PlinthServer.bearer;
import static dev.plinth.security.web.PlinthServer.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code /admin/api/explain}: admins see which rules give a role an action, and nobody else may ask. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplainEndpointTest {

    private PlinthServer server;
    private String admin;

    @BeforeAll
    void start() {
        server = PlinthServer.start(List.of());
        admin = bearer(server.adminToken());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void explainsTheRulesOfARoleOnAnEntity() {
        HttpResponse<String> granted = server.get("/admin/api/explain?role=editor&entity=post&action=update",
                "Authorization", admin);
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        JsonNode explanation = read(granted);
        assertThat(explanation.path("allowed").asBoolean()).isTrue();
        assertThat(explanation.path("rules")).hasSize(1);

        JsonNode denied = read(server.get("/admin/api/explain?role=editor&entity=post&action=delete", "Authorization", admin));
        assertThat(denied.path("allowed").asBoolean()).isFalse();
        assertThat(denied.path("rows").asText()).isEqualTo("no rule allows this");
    }

    @Test
    void refusesUnknownNamesAndEveryoneButAdmins() {
        assertThat(read(server.get("/admin/api/explain?role=editor&entity=nope&action=read", "Authorization", admin))
                .path("code").asText()).isEqualTo("explain.entity");
        assertThat(read(server.get("/admin/api/explain?role=editor&entity=post&action=fly", "Authorization", admin))
                .path("code").asText()).isEqualTo("explain.action");
        assertThat(read(server.get("/admin/api/explain?role=ghost&entity=post&action=read", "Authorization", admin))
                .path("code").asText()).isEqualTo("explain.role");
        assertThat(server.get("/admin/api/explain?role=editor&entity=post&action=read").statusCode()).isIn(401, 403);
    }
}
