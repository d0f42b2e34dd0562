package dev.plinth.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plinth.model.Action;
import dev.plinth.model.Entity;
import dev.plinth.model.ModelFolder;
import dev.plinth.model.Role;
import dev.plinth.model.Rule;
import dev.plinth.query.Access;
import dev.plinth.query.Member;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.QueryException;
import dev.plinth.query.filter.Variables;
import dev.plinth.testing.Repository;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what in the blog example, entity by entity: each row of the table is a role and an entity, and the
 * actions it allows as letters (r read, c create, u update, d delete; - denied). Also what {@code explain} says.
 */
class PermissionMatrixTest {

    private static final ModelIndex BLOG = new ModelIndex(
            ModelFolder.load(Repository.root().resolve("model-examples/blog")).model());
    private static final Permissions PERMISSIONS = Permissions.of(BLOG);
    private static final Variables SOMEONE = new Variables(BlogWorld.ANN, "ann@example.com", Set.of(),
            OffsetDateTime.parse("2024-05-01T12:00:00Z"));

    static Stream<Arguments> matrix() {
        return Stream.of(
                allows("anonymous", "post", "r---"),
                allows("anonymous", "author", "r---"),
                allows("anonymous", "tag", "r---"),
                allows("anonymous", "series", "r---"),
                allows("anonymous", "comment", "r---"),
                allows("reader", "post", "r---"),
                allows("reader", "author", "r---"),
                allows("reader", "tag", "r---"),
                allows("reader", "series", "r---"),
                allows("reader", "comment", "rcud"),
                allows("writer", "post", "rcud"),
                allows("writer", "author", "r-u-"),
                allows("writer", "tag", "rc--"),
                allows("writer", "series", "rcu-"),
                allows("writer", "comment", "r---"),
                allows("editor", "post", "rcud"),
                allows("editor", "author", "rcu-"),
                allows("editor", "tag", "rcud"),
                allows("editor", "series", "rcud"),
                allows("editor", "comment", "r-ud"),
                allows("admin", "post", "rcud"),
                allows("admin", "comment", "rcud"),
                allows("nobody", "post", "----"), // a role the model does not define opens nothing
                allows("authenticated", "post", "----"));
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @MethodSource("matrix")
    void eachRoleMayDoExactlyWhatItsRulesAllow(String role, String entityName, String expected) {
        Entity entity = BLOG.entity(entityName).orElseThrow();
        Access access = PERMISSIONS.access(role.equals(Role.ANONYMOUS) ? Permissions.anonymousRoles()
                : role.equals(Role.ADMIN) ? Set.of(Role.ADMIN) : Permissions.signedInRoles(Set.of(role)), SOMEONE);
        StringBuilder actual = new StringBuilder();
        for (Action action : Action.values()) {
            boolean may = access.may(entity, action);
            actual.append(may ? action.json().charAt(0) : '-');
            if (!may) {
                assertThatThrownBy(() -> access.require(entity, action)).isInstanceOfSatisfying(QueryException.class,
                        e -> assertThat(e.kind()).isEqualTo(QueryException.Kind.FORBIDDEN));
                if (!role.equals("nobody")) {
                    assertThat(PERMISSIONS.explain(role, entity, action).allowed()).isFalse();
                }
            }
        }
        assertThat(actual.toString()).isEqualTo(expected);
    }

    @Test
    void rolesAreTakenAsGivenAndAUserIsNeverAnonymous() {
        assertThat(Permissions.signedInRoles(Set.of("reader", Role.ANONYMOUS)))
                .containsExactlyInAnyOrder("reader", Role.AUTHENTICATED);
        Access both = PERMISSIONS.access(Set.of("reader", "writer"), SOMEONE);
        Entity comment = BLOG.entity("comment").orElseThrow();
        Entity post = BLOG.entity("post").orElseThrow();
        assertThat(both.may(comment, Action.CREATE)).as("reader's rule").isTrue();
        assertThat(both.may(post, Action.CREATE)).as("writer's rule").isTrue();
        assertThat(both.variables()).isSameAs(SOMEONE);
    }

    @Test
    void explainGivesTheRulesThatApplyAndTheFilterTheyAddUpTo() {
        Entity comment = BLOG.entity("comment").orElseThrow();
        Entity post = BLOG.entity("post").orElseThrow();

        Explanation read = PERMISSIONS.explain("reader", comment, Action.READ);
        assertThat(read.allowed()).isTrue();
        assertThat(read.rules()).extracting(r -> r.role() + "#" + r.index()).containsExactly("reader#4", "reader#5");
        assertThat(read.rows()).isEqualTo("(approved = true) or (createdBy = $user.id)");
        assertThat(read.check()).isNull();
        assertThat(read.fields()).contains("id", "body", "version").doesNotContain("authorEmail");

        Explanation update = PERMISSIONS.explain("writer", post, Action.UPDATE);
        assertThat(update.rows()).isEqualTo("author.userId = $user.id and status = 'draft'");
        assertThat(update.check()).isEqualTo("author.userId = $user.id");
        assertThat(update.fields()).contains("title", "author").doesNotContain("status", "featured", "viewCount", "id");

        Explanation create = PERMISSIONS.explain("reader", comment, Action.CREATE);
        assertThat(create.rows()).isEqualTo(Explanation.EVERY_ROW);
        assertThat(create.check()).isEqualTo(Explanation.NO_CHECK);
        assertThat(create.rules().get(0).preset()).containsOnlyKeys("authorEmail");
        assertThat(create.fields()).doesNotContain("approved", "authorEmail").contains("body", "post");

        Explanation anonymous = PERMISSIONS.explain("anonymous", post, Action.READ);
        assertThat(anonymous.rows()).isEqualTo("status = 'published'");
        assertThat(anonymous.fields()).doesNotContain("extra").contains("title");

        Explanation denied = PERMISSIONS.explain("anonymous", post, Action.DELETE);
        assertThat(denied).isEqualTo(new Explanation("anonymous", "post", Action.DELETE, false, List.of(),
                Explanation.DENIED, null, List.of()));

        Explanation admin = PERMISSIONS.explain("admin", post, Action.UPDATE);
        assertThat(admin.allowed()).isTrue();
        assertThat(admin.rows()).isEqualTo(Explanation.EVERY_ROW);
        assertThat(admin.fields()).contains("extra");

        assertThatThrownBy(() -> PERMISSIONS.explain("ghost", post, Action.READ))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no role 'ghost'");
    }

    @Test
    void fieldListsUniteAcrossRulesWhateverRowsEachOpens() {
        Rule published = new Rule("post", Set.of(Action.READ), "status = 'published'", null,
                new Rule.FieldAccess(null, List.of("extra"), null, null, null, null), null);
        Rule own = new Rule("post", Set.of(Action.READ), "createdBy = $user.id", null,
                new Rule.FieldAccess(null, null, List.of("title", "extra"), null, null, null), null);
        Rule edits = new Rule("post", Set.of(Action.UPDATE), null, null,
                new Rule.FieldAccess(List.of("title", "extra"), null, null, null, null, List.of("extra")), null);
        List<Role> roles = new ArrayList<>(BLOG.model().roles());
        roles.add(new Role("mixed", null, null, List.of(published, own, edits)));
        ModelIndex index = new ModelIndex(BLOG.model().withRoles(roles));
        Entity post = index.entity("post").orElseThrow();
        Access mixed = Permissions.of(index).access(Set.of("mixed"), SOMEONE);

        assertThat(mixed.canRead(post, member(index, post, "extra"))).as("the second rule opens it").isTrue();
        assertThat(mixed.canRead(post, member(index, post, "body"))).as("the first rule opens it").isTrue();
        assertThat(mixed.canRead(post, member(index, post, "version"))).isTrue();
        assertThat(mixed.canWrite(post, Action.UPDATE, member(index, post, "title"))).isTrue();
        assertThat(mixed.canWrite(post, Action.UPDATE, member(index, post, "extra")))
                .as("allowed at the top, denied for writes").isFalse();
        assertThat(mixed.canWrite(post, Action.UPDATE, member(index, post, "body"))).isFalse();
        assertThat(mixed.canWrite(post, Action.CREATE, member(index, post, "title"))).as("no create rule").isFalse();
    }

    @Test
    void aRoleOfTheModelIsExplainedWithTheRulesOfAuthenticated() {
        ModelIndex inventory = new ModelIndex(
                ModelFolder.load(Repository.root().resolve("model-examples/inventory")).model());
        Entity product = inventory.entity("product").orElseThrow();
        Permissions permissions = Permissions.of(inventory);

        Explanation staff = permissions.explain("warehouse_staff", product, Action.READ);

        List<String> rules = new ArrayList<>();
        staff.rules().forEach(r -> rules.add(r.role() + "#" + r.index()));
        assertThat(rules).containsExactlyInAnyOrder("authenticated#0", "warehouse_staff#0");
        assertThat(staff.rows()).as("one of the rules has no row filter").isEqualTo(Explanation.EVERY_ROW);
        assertThat(staff.fields()).as("the authenticated rule opens price").contains("price");
        assertThat(permissions.explain("authenticated", product, Action.READ).rows()).isEqualTo("active = true");
    }

    private static Member member(ModelIndex index, Entity entity, String name) {
        return index.member(entity, name).orElseThrow();
    }

    private static Arguments allows(String role, String entity, String actions) {
        return Arguments.of(role, entity, actions);
    }
}
