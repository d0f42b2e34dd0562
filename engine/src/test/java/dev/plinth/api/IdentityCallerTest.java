package dev.plinth.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.model.Model;
import dev.plinth.query.Access;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.filter.Variables;
import dev.plinth.security.identity.AccessPolicy;
import dev.plinth.security.identity.Identity;
import dev.plinth.security.web.IdentityAuthentication;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Who the API thinks is calling: roles, variables, the id written as createdBy, and the audience. */
class IdentityCallerTest {

    record Asked(ModelIndex index, Set<String> roles, Variables variables) {
    }

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final UUID ANN = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID KEY = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

    private final List<Asked> asked = new ArrayList<>();
    private final AccessPolicy policy = (index, roles, variables) -> {
        asked.add(new Asked(index, roles, variables));
        return Access.ALL;
    };
    private final IdentityCaller caller = new IdentityCaller(policy, Clock.fixed(NOW, ZoneOffset.UTC));
    private final ApiModel.Snapshot api = new ApiModel.Snapshot(1, new ModelIndex(Model.empty()), null, null, null, null);

    private static MockHttpServletRequest request(Identity identity, IdentityAuthentication.Source source) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setUserPrincipal(new IdentityAuthentication(identity, source));
        return request;
    }

    @Test
    void noCredentialsIsAnonymous() {
        MockHttpServletRequest request = new MockHttpServletRequest();

        caller.access(request, api);

        assertThat(asked.get(0).roles()).containsExactly("anonymous");
        assertThat(asked.get(0).variables()).isEqualTo(Variables.anonymous(NOW.atOffset(ZoneOffset.UTC)));
        assertThat(asked.get(0).index()).isSameAs(api.index());
        assertThat(caller.id(request)).isNull();
        assertThat(caller.audience(request)).isEqualTo("anonymous");
    }

    @Test
    void aUserHoldsItsRolesAndAuthenticated() {
        MockHttpServletRequest request = request(Identity.user(ANN, "ann@example.com", List.of("writer", "editor")),
                IdentityAuthentication.Source.BEARER);

        caller.access(request, api);

        assertThat(asked.get(0).roles()).containsExactly("authenticated", "editor", "writer");
        assertThat(asked.get(0).variables()).isEqualTo(new Variables(ANN, "ann@example.com",
                Set.of("authenticated", "editor", "writer"), NOW.atOffset(ZoneOffset.UTC)));
        assertThat(caller.id(request)).isEqualTo(ANN);
        assertThat(caller.audience(request)).isEqualTo("authenticated,editor,writer");
        assertThat(request.getUserPrincipal().getName()).as("the name pages show").isEqualTo("ann@example.com");
    }

    @Test
    void anAdminPassesAdminThrough() {
        MockHttpServletRequest request = request(Identity.user(ANN, "ann@example.com", List.of("admin")),
                IdentityAuthentication.Source.SESSION);

        caller.access(request, api);

        assertThat(asked.get(0).roles()).containsExactly("admin", "authenticated");
        assertThat(caller.audience(request)).isEqualTo("admin,authenticated");
    }

    @Test
    void anApiKeyIsNoPerson() {
        MockHttpServletRequest request = request(Identity.apiKey(KEY, List.of("reader")), IdentityAuthentication.Source.API_KEY);

        caller.access(request, api);

        assertThat(asked.get(0).roles()).containsExactly("authenticated", "reader");
        assertThat(asked.get(0).variables().userId()).isNull();
        assertThat(caller.id(request)).isNull();
    }
}
