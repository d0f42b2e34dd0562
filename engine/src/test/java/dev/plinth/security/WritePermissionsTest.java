package dev.plinth.security;

import static dev.plinth.security.BlogWorld.ANN;
import static dev.plinth.security.BlogWorld.AUTHOR_ANN;
import static dev.plinth.security.BlogWorld.AUTHOR_BOB;
import static dev.plinth.security.BlogWorld.BOB;
import static dev.plinth.security.BlogWorld.C1;
import static dev.plinth.security.BlogWorld.C4;
import static dev.plinth.security.BlogWorld.P1;
import static dev.plinth.security.BlogWorld.P2;
import static dev.plinth.security.BlogWorld.P4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plinth.query.Access;
import dev.plinth.query.QueryException;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Role rules on writes, through the write stages: presets, checks undone in their transaction, and the rows an
 * update or delete may touch (403 for a row the caller sees but may not change, 404 for one it cannot see).
 */
class WritePermissionsTest {

    private static BlogWorld blog;

    @BeforeAll
    static void world() {
        blog = BlogWorld.create();
    }

    @Test
    void aPresetVariableFillsAFieldTheCallerMayNotWrite() {
        UUID id = blog.create(blog.user(ANN, "reader"), "comment", "{\"post\": \"" + P1
                + "\", \"authorName\": \"Ann\", \"body\": \"Hi\"}", ANN);
        Record row = comment(id);
        assertThat(row.get("author_email")).isEqualTo("ann@example.com");
        assertThat(row.get("approved")).isEqualTo(false);
        assertThat(row.get("created_by")).isEqualTo(ANN);
    }

    @Test
    void aPresetWinsOverTheBody() {
        UUID id = blog.create(blog.user(BOB, "contributor"), "comment", "{\"post\": \"" + P1 + "\", \"authorName\": \"Bob\","
                + " \"authorEmail\": \"bob@example.com\", \"body\": \"Hi\", \"approved\": true}", BOB);
        assertThat(comment(id).get("approved")).isEqualTo(false);
    }

    @Test
    void aCreateWhoseRowBreaksTheCheckIsRefusedAndNothingIsWritten() {
        Access writer = blog.user(ANN, "writer");
        assertThatThrownBy(() -> blog.create(writer, "post", post("not-mine", AUTHOR_BOB), ANN))
                .satisfies(refused(QueryException.Kind.FORBIDDEN, "permission.check"));
        assertThat(blog.sql.fetchCount(blog.sql.selectFrom("post").where("slug = 'not-mine'"))).isZero();
        UUID mine = blog.create(writer, "post", post("mine", AUTHOR_ANN), ANN);
        assertThat(blog.sql.fetchValue("select status from post where id = ?", mine)).isEqualTo("draft");
    }

    @Test
    void anUpdateWhoseRowBreaksTheCheckIsUndone() {
        Access writer = blog.user(ANN, "writer");
        UUID draft = blog.create(writer, "post", post("handed-over", AUTHOR_ANN), ANN);
        assertThatThrownBy(() -> blog.update(writer, "post", draft, "{\"title\": \"Gone\", \"author\": \"" + AUTHOR_BOB
                + "\"}", ANN)).satisfies(refused(QueryException.Kind.FORBIDDEN, "permission.check"));
        Record row = blog.sql.fetchOne("select title, author_id, version from post where id = ?", draft);
        assertThat(row.get("title")).isEqualTo("Post handed-over");
        assertThat(row.get("author_id")).isEqualTo(AUTHOR_ANN);
        assertThat(row.get("version")).isEqualTo(1);
        blog.update(writer, "post", draft, "{\"title\": \"Still mine\"}", ANN);
        assertThat(blog.sql.fetchValue("select title from post where id = ?", draft)).isEqualTo("Still mine");
    }

    @Test
    void aRowTheCallerSeesButMayNotChangeIsForbidden() {
        Access writer = blog.user(ANN, "writer");
        assertThatThrownBy(() -> blog.update(writer, "post", P1, "{\"title\": \"Published, so not a draft\"}", ANN))
                .satisfies(refused(QueryException.Kind.FORBIDDEN, "permission.row"));
        assertThatThrownBy(() -> blog.update(writer, "post", P4, "{\"title\": \"Bob's draft\"}", ANN))
                .satisfies(refused(QueryException.Kind.FORBIDDEN, "permission.row"));
        assertThatThrownBy(() -> blog.delete(writer, "post", P4))
                .satisfies(refused(QueryException.Kind.FORBIDDEN, "permission.row"));
        assertThatThrownBy(() -> blog.delete(blog.user(ANN, "reader"), "comment", C1))
                .satisfies(refused(QueryException.Kind.FORBIDDEN, "permission.row"));
        assertThatThrownBy(() -> blog.update(writer, "author", AUTHOR_BOB, "{\"bio\": \"Not me\"}", ANN))
                .satisfies(refused(QueryException.Kind.FORBIDDEN, "permission.row"));
        blog.update(writer, "author", AUTHOR_ANN, "{\"bio\": \"Me\"}", ANN);
        assertThat(blog.sql.fetchValue("select bio from author where id = ?", AUTHOR_ANN)).isEqualTo("Me");
        assertThat(blog.sql.fetchValue("select title from post where id = ?", P4)).isEqualTo("Post 4");
    }

    @Test
    void aRowTheCallerCannotSeeIsNotFound() {
        assertThatThrownBy(() -> blog.delete(blog.user(ANN, "reader"), "comment", C4))
                .satisfies(refused(QueryException.Kind.NOT_FOUND, "row.not-found"));
        assertThatThrownBy(() -> blog.update(blog.user(ANN, "reader"), "comment", C4, "{\"body\": \"x\"}", ANN))
                .satisfies(refused(QueryException.Kind.NOT_FOUND, "row.not-found"));
        assertThat(blog.sql.fetchCount(blog.sql.selectFrom("comment").where("id = ?", C4))).isOne();
    }

    @Test
    void aReferenceToARowTheCallerCannotSeeIsRefused() {
        assertThatThrownBy(() -> blog.create(blog.user(ANN, "reader"), "comment", "{\"post\": \"" + P2
                + "\", \"authorName\": \"Ann\", \"body\": \"On a draft\"}", ANN))
                .satisfies(refused(QueryException.Kind.UNPROCESSABLE, "validation"));
    }

    @Test
    void aCallerMayDeleteTheRowsItsRuleOpens() {
        Access reader = blog.user(ANN, "reader");
        UUID mine = blog.create(reader, "comment", "{\"post\": \"" + P1 + "\", \"authorName\": \"Ann\", \"body\": \"Oops\"}", ANN);
        blog.delete(reader, "comment", mine);
        assertThat(blog.sql.fetchCount(blog.sql.selectFrom("comment").where("id = ?", mine))).isZero();
    }

    @Test
    void adminMayChangeAnything() {
        blog.update(blog.admin(), "post", P4, "{\"featured\": true, \"status\": \"archived\"}", null);
        assertThat(blog.sql.fetchValue("select status from post where id = ?", P4)).isEqualTo("archived");
    }

    private static String post(String slug, UUID author) {
        return "{\"title\": \"Post " + slug + "\", \"slug\": \"" + slug + "\", \"author\": \"" + author + "\"}";
    }

    private static Record comment(UUID id) {
        return blog.sql.fetchOne("select author_email, approved, created_by from comment where id = ?", id);
    }

    private static Consumer<Throwable> refused(QueryException.Kind kind, String code) {
        return thrown -> assertThat(thrown).isInstanceOfSatisfying(QueryException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.code()).isEqualTo(code);
        });
    }
}
