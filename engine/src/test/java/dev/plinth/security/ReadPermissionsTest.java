package dev.plinth.security;

import static dev.plinth.security.BlogWorld.ANN;
import static dev.plinth.security.BlogWorld.AUTHOR_ANN;
import static dev.plinth.security.BlogWorld.BOB;
import static dev.plinth.security.BlogWorld.C1;
import static dev.plinth.security.BlogWorld.C2;
import static dev.plinth.security.BlogWorld.C3;
import static dev.plinth.security.BlogWorld.C4;
import static dev.plinth.security.BlogWorld.JAVA;
import static dev.plinth.security.BlogWorld.P1;
import static dev.plinth.security.BlogWorld.P2;
import static dev.plinth.security.BlogWorld.P3;
import static dev.plinth.security.BlogWorld.P4;
import static dev.plinth.security.BlogWorld.P5;
import static dev.plinth.security.BlogWorld.P6;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.query.Access;
import dev.plinth.query.read.ListResult;
import dev.plinth.query.read.ReadParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Row filters of role rules inside the SQL of reads: the rows listed and counted, pages, expansions, filter and
 * sort paths through relations, each narrowed by the rules of the entity it reaches.
 */
class ReadPermissionsTest {

    private static BlogWorld blog;

    @BeforeAll
    static void world() {
        blog = BlogWorld.create();
    }

    @Test
    void anonymousCallersSeePublishedPostsOnly() {
        assertThat(blog.ids(blog.anonymous(), "post", null)).containsExactly(P1, P3, P6);
        assertThat(blog.ids(blog.user(ANN, "writer"), "post", null)).containsExactly(P1, P2, P3, P4, P5, P6);
    }

    @Test
    void twoUsersOfOneRoleSeeTheRowsTheirOwnVariablesOpen() {
        assertThat(blog.ids(blog.user(ANN, "reader"), "comment", null)).as("approved, and her own").containsExactly(C1, C2, C3);
        assertThat(blog.ids(blog.user(BOB, "reader"), "comment", null)).as("approved, and his own").containsExactly(C1, C3, C4);
        assertThat(blog.ids(blog.anonymous(), "comment", null)).containsExactly(C1, C3);
    }

    @Test
    void aReaderSeesNoCommentersEmailNotEvenInItsOwnComments() {
        blog.rows(blog.user(ANN, "reader"), "comment", null, null, null)
                .forEach(comment -> assertThat(comment.has("authorEmail")).isFalse());
    }

    @Test
    void countsAndPagesCoverTheVisibleRowsOnly() {
        Access anonymous = blog.anonymous();
        ListResult first = blog.list(anonymous, "post", new ReadParameters(null, "title", "2", null, null, "title", null, "exact"));
        assertThat(first.total()).isEqualTo(3L);
        assertThat(titles(first)).containsExactly("Post 1", "Post 3");
        ListResult next = blog.list(anonymous, "post", new ReadParameters(null, "title", "2", null, first.nextCursor(),
                "title", null, "exact"));
        assertThat(titles(next)).containsExactly("Post 6");
        assertThat(next.nextCursor()).isNull();
        ListResult offset = blog.list(anonymous, "post", new ReadParameters(null, "title", "2", "2", null, "title", null,
                "estimated"));
        assertThat(titles(offset)).containsExactly("Post 6");
        assertThat(offset.total()).isEqualTo(3L);
        ListResult filtered = blog.list(blog.user(BOB, "reader"), "comment",
                new ReadParameters("approved = false", null, null, null, null, null, null, "exact"));
        assertThat(filtered.total()).as("Bob's own unapproved comment").isEqualTo(1L);
    }

    @Test
    void aRowTheCallerMayNotSeeIsNotThere() {
        assertThat(blog.row(blog.anonymous(), "post", P2, null, null)).isEmpty();
        assertThat(blog.row(blog.anonymous(), "post", P1, null, null)).isPresent();
        assertThat(blog.row(blog.user(BOB, "reader"), "comment", C2, null, null)).isEmpty();
    }

    @Test
    void rowsReadThroughOneRenderedStatementFollowEachCallersOwnVariables() {
        for (int round = 0; round < 2; round++) {
            assertThat(blog.row(blog.user(ANN, "reader"), "comment", C2, null, null)).as("Ann's own").isPresent();
            assertThat(blog.row(blog.user(BOB, "reader"), "comment", C2, null, null)).as("Ann's, unapproved").isEmpty();
            assertThat(blog.row(blog.user(BOB, "reader"), "comment", C4, null, null)).as("Bob's own").isPresent();
            assertThat(blog.row(blog.user(ANN, "reader"), "comment", C4, null, null)).as("Bob's, unapproved").isEmpty();
            assertThat(blog.row(blog.anonymous(), "comment", C2, null, null)).isEmpty();
            assertThat(blog.row(blog.admin(), "comment", C2, null, null)).isPresent();
        }
        assertThat(blog.user(ANN, "reader").statementKey()).isEqualTo(blog.user(ANN, "reader").statementKey())
                .isNotEqualTo(blog.user(BOB, "reader").statementKey());
    }

    @Test
    void listsFilteredByTheCallersVariablesAreNeverOneCallersRenderedStatement() {
        for (int round = 0; round < 2; round++) {
            assertThat(blog.ids(blog.user(ANN, "editor"), "comment", "createdBy = $user.id")).containsExactly(C2);
            assertThat(blog.ids(blog.user(BOB, "editor"), "comment", "createdBy = $user.id"))
                    .containsExactlyInAnyOrder(C1, C3, C4);
            assertThat(blog.ids(blog.user(ANN, "editor"), "comment", "createdBy = '" + ANN + "'")).containsExactly(C2);
            assertThat(blog.ids(blog.user(BOB, "editor"), "comment", "createdBy = '" + ANN + "'"))
                    .as("the same text, the same access: the same statement").containsExactly(C2);
            assertThat(blog.ids(blog.user(BOB, "reader"), "comment", "approved = false")).containsExactly(C4);
            assertThat(blog.ids(blog.user(ANN, "reader"), "comment", "approved = false"))
                    .as("the reader's rule reads $user.id: its own statement").containsExactly(C2);
        }
    }

    @Test
    void expansionsShowOnlyTheRelatedRowsTheCallerMaySee() {
        JsonNode onDraft = blog.row(blog.anonymous(), "comment", C3, null, "post").orElseThrow();
        assertThat(onDraft.get("post").isNull()).as("c3 is on a draft").isTrue();
        JsonNode ann = blog.row(blog.anonymous(), "author", AUTHOR_ANN, "name", "posts.comments").orElseThrow();
        assertThat(ann.get("posts")).as("p1, not the draft p2").hasSize(1);
        assertThat(ann.get("posts").get(0).get("comments")).as("c1, not the unapproved c2").hasSize(1);
        assertThat(blog.row(blog.user(ANN, "editor"), "author", AUTHOR_ANN, "name", "posts.comments").orElseThrow()
                .get("posts")).hasSize(2);
        JsonNode java = blog.row(blog.anonymous(), "tag", JAVA, null, null).orElseThrow();
        assertThat(java.get("name").asText()).isEqualTo("Java");
        JsonNode p1 = blog.row(blog.anonymous(), "post", P1, "comments", null).orElseThrow();
        assertThat(p1.get("comments")).as("ids of the visible comments").hasSize(1);
    }

    @Test
    void filterPathsThroughRelationsMatchOnlyRowsTheCallerMaySee() {
        assertThat(blog.ids(blog.anonymous(), "comment", "post.status = 'draft'")).isEmpty();
        assertThat(blog.ids(blog.user(ANN, "editor"), "comment", "post.status = 'draft'")).containsExactly(C3);
        assertThat(blog.ids(blog.anonymous(), "post", "tags.name = 'Java'")).containsExactly(P1);
        assertThat(blog.ids(blog.anonymous(), "author", "posts.title = 'Post 2'")).as("p2 is a draft").isEmpty();
        assertThat(blog.ids(blog.user(ANN, "writer"), "author", "posts.title = 'Post 2'")).containsExactly(AUTHOR_ANN);
    }

    @Test
    void aRuleWalkingRelationsNarrowsTheSubqueryOfAFilterThatWalksThere() {
        // contributor reads comments through "createdBy = $user.id" or "post.author.userId = $user.id": compiled
        // inside the filter's own subquery, the rule's subqueries must not hide the filter's tables
        assertThat(blog.ids(blog.user(ANN, "contributor"), "post", "comments.body = 'Nice'")).containsExactly(P1, P2);
        assertThat(blog.ids(blog.user(BOB, "contributor"), "post", "comments.body = 'Nice'")).containsExactly(P1, P2, P3);
        assertThat(blog.ids(blog.user(BOB, "contributor"), "post", "comments.post.title = 'Post 3'")).containsExactly(P3);
    }

    @Test
    void aRelationToAnEntityTheRoleMayNotReadAtAllIsEmpty() {
        Access guest = blog.user(ANN, "guest");
        JsonNode p1 = blog.row(guest, "post", P1, null, "author,tags").orElseThrow();
        assertThat(p1.get("author").isNull()).isTrue();
        assertThat(p1.get("tags")).isEmpty();
        assertThat(blog.row(guest, "post", P1, "author,tags", null).orElseThrow().get("tags"))
                .as("a relation listed but not expanded: no ids of rows it may not see").isEmpty();
        assertThat(blog.ids(guest, "post", "tags = '" + JAVA + "'")).isEmpty();
        assertThat(blog.ids(guest, "post", "tags is not null")).isEmpty();
        assertThat(blog.ids(guest, "post", "author = '" + AUTHOR_ANN + "'")).as("a column of post itself").containsExactly(P1);
    }

    @Test
    void sortPathsThroughRelationsSortHiddenRowsAsMissing() {
        ReadParameters byPostStatus = new ReadParameters(null, "post.status", null, null, null, "id", null, null);
        assertThat(ids(blog.list(blog.user(ANN, "editor"), "comment", byPostStatus))).as("draft before published")
                .containsExactly(C3, C1, C2, C4);
        assertThat(ids(blog.list(blog.anonymous(), "comment", byPostStatus)))
                .as("the draft post of c3 is hidden: its status sorts as missing, last").containsExactly(C1, C3);
    }

    @Test
    void adminSeesEverything() {
        Access admin = blog.admin();
        assertThat(blog.ids(admin, "post", null)).containsExactly(P1, P2, P3, P4, P5, P6);
        assertThat(blog.ids(admin, "comment", "post.status = 'draft'")).containsExactly(C3);
        JsonNode p1 = blog.row(admin, "post", P1, null, "author").orElseThrow();
        assertThat(p1.get("extra").get("seo").asInt()).isEqualTo(1);
        assertThat(p1.get("author").get("email").asText()).isEqualTo("ann@example.com");
        assertThat(blog.list(admin, "comment", new ReadParameters(null, null, null, null, null, null, null, "exact"))
                .total()).isEqualTo(4L);
    }

    private static List<UUID> ids(ListResult result) {
        List<UUID> ids = new ArrayList<>();
        BlogWorld.json(result.data()).forEach(row -> ids.add(UUID.fromString(row.get("id").asText())));
        return ids;
    }

    private static List<String> titles(ListResult result) {
        List<String> titles = new ArrayList<>();
        BlogWorld.json(result.data()).forEach(row -> titles.add(row.get("title").asText()));
        return titles;
    }
}
