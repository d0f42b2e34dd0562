package dev.plinth.security;

import static dev.plinth.security.BlogWorld.ANN;
import static dev.plinth.security.BlogWorld.AUTHOR_ANN;
import static dev.plinth.security.BlogWorld.C1;
import static dev.plinth.security.BlogWorld.C2;
import static dev.plinth.security.BlogWorld.C3;
import static dev.plinth.security.BlogWorld.P1;
import static dev.plinth.security.BlogWorld.P2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.query.Access;
import dev.plinth.query.QueryException;
import dev.plinth.query.QueryException.FieldError;
import dev.plinth.query.filter.FilterProblem;
import dev.plinth.query.read.ReadParameters;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Field lists of role rules: what rows leave out, and what fields=, sort=, filter= and writes refuse. */
class FieldPermissionsTest {

    private static BlogWorld blog;

    @BeforeAll
    static void world() {
        blog = BlogWorld.create();
    }

    @Test
    void aDeniedFieldIsLeftOutOfRowsAndExpandedRows() {
        JsonNode p1 = blog.row(blog.anonymous(), "post", P1, null, "author").orElseThrow();
        assertThat(p1.has("extra")).isFalse();
        assertThat(p1.has("title")).isTrue();
        assertThat(p1.get("author").has("email")).isFalse();
        assertThat(p1.get("author").has("userId")).isFalse();
        assertThat(p1.get("author").get("name").asText()).isEqualTo("Ann");
        assertThat(blog.row(blog.user(ANN, "editor"), "post", P1, null, null).orElseThrow().get("extra").get("seo").asInt())
                .isEqualTo(1);
    }

    @Test
    void aDeniedFieldIsRefusedInFieldsAndSort() {
        Access anonymous = blog.anonymous();
        assertThatThrownBy(() -> blog.rows(anonymous, "post", null, "title,extra", null))
                .satisfies(invalid("fields", "fields.unknown", "extra"));
        assertThatThrownBy(() -> blog.rows(anonymous, "post", null, "author.email", null))
                .satisfies(invalid("fields", "fields.unknown", "email"));
        assertThatThrownBy(() -> blog.list(anonymous, "post", new ReadParameters(null, "extra", null, null, null, null,
                null, null))).satisfies(invalid("sort", "sort.unknown", "extra"));
        assertThatThrownBy(() -> blog.list(anonymous, "post", new ReadParameters(null, "author.email", null, null, null,
                null, null, null))).satisfies(invalid("sort", "sort.unknown", "email"));
    }

    @Test
    void aDeniedFieldIsRefusedInFiltersNamingItsPath() {
        Access anonymous = blog.anonymous();
        assertThatThrownBy(() -> blog.ids(anonymous, "post", "title ~ 'a' or extra is null"))
                .satisfies(invalid("filter", FilterProblem.NOT_READABLE, "you may not filter on 'extra'"))
                .hasMessageContaining("(at character 16)");
        assertThatThrownBy(() -> blog.ids(anonymous, "post", "author.email = 'ann@example.com'"))
                .satisfies(invalid("filter", FilterProblem.NOT_READABLE, "'author.email'"));
        assertThatThrownBy(() -> blog.ids(anonymous, "comment", "post.author.userId = '" + ANN + "'"))
                .satisfies(invalid("filter", FilterProblem.NOT_READABLE, "'post.author.userId'"));
        assertThat(blog.ids(anonymous, "post", "author.name = 'Ann'")).containsExactly(P1);
    }

    @Test
    void theFieldsOfAnEntityTheRoleMayNotReadAreRefusedOnce() {
        Access guest = blog.user(ANN, "guest");
        assertThatThrownBy(() -> blog.ids(guest, "post", "author.name = 'Ann'"))
                .isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.message()).startsWith(
                                "you may not filter on 'author.name': your role may not read name of author")));
        assertThatThrownBy(() -> blog.rows(guest, "post", null, "author.name", null))
                .satisfies(invalid("fields", "fields.unknown", "name"));
        assertThatThrownBy(() -> blog.list(guest, "post", new ReadParameters(null, "author.name", null, null, null,
                null, null, null))).satisfies(invalid("sort", "sort.unknown", "name"));
    }

    @Test
    void aRulesOwnFilterMayWalkWhereTheCallerMayNotRead() {
        Access contributor = blog.user(ANN, "contributor");
        assertThat(blog.ids(contributor, "comment", null)).as("hers, and those on posts she wrote").containsExactly(C1, C2, C3);
        assertThatThrownBy(() -> blog.ids(contributor, "comment", "post.author.userId = '" + ANN + "'"))
                .satisfies(invalid("filter", FilterProblem.NOT_READABLE, "'post.author.userId'"));
    }

    @Test
    void aWriteNamingAFieldTheRoleMayNotWriteIsForbiddenNamingIt() {
        String body = "{\"title\": \"New\", \"slug\": \"new\", \"author\": \"" + AUTHOR_ANN + "\", \"status\": \"published\"}";
        assertThatThrownBy(() -> blog.create(blog.user(ANN, "writer"), "post", body, ANN))
                .satisfies(forbidden("status"));
        assertThatThrownBy(() -> blog.update(blog.user(ANN, "writer"), "post", P2, "{\"featured\": true, \"viewCount\": 9}", ANN))
                .satisfies(forbidden("featured", "viewCount"));
        assertThatThrownBy(() -> blog.update(blog.user(ANN, "editor"), "comment", C1, "{\"authorEmail\": \"x@example.com\"}", ANN))
                .satisfies(forbidden("authorEmail"));
        assertThatThrownBy(() -> blog.create(blog.user(ANN, "reader"), "comment", "{\"post\": \"" + P1
                + "\", \"authorName\": \"Ann\", \"body\": \"Hi\", \"approved\": true}", ANN)).satisfies(forbidden("approved"));
        assertThat(blog.sql.fetchCount(blog.sql.selectFrom("post"))).isEqualTo(6);
        assertThat(blog.sql.fetchValue("select featured from post where id = ?", P2)).isEqualTo(false);
    }

    private static Consumer<Throwable> invalid(String parameter, String code, String mention) {
        return thrown -> assertThat(thrown).isInstanceOfSatisfying(QueryException.class, e -> {
            assertThat(e.kind()).isEqualTo(QueryException.Kind.INVALID);
            assertThat(e.errors()).isNotEmpty().allSatisfy(error -> {
                assertThat(error.field()).isEqualTo(parameter);
                assertThat(error.code()).isEqualTo(code);
                assertThat(error.message()).contains(mention);
            });
        });
    }

    private static Consumer<Throwable> forbidden(String... fields) {
        return thrown -> assertThat(thrown).isInstanceOfSatisfying(QueryException.class, e -> {
            assertThat(e.kind()).isEqualTo(QueryException.Kind.FORBIDDEN);
            assertThat(e.code()).isEqualTo("permission.field");
            assertThat(e.errors()).extracting(FieldError::field).containsExactly(fields);
            assertThat(e.errors()).extracting(FieldError::message).allSatisfy(m -> assertThat(m).startsWith("you may not write"));
        });
    }
}
