package dev.plinth.query.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plinth.model.Entity;
import dev.plinth.model.Model;
import dev.plinth.model.ModelFolder;
import dev.plinth.query.Access;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.QueryException;
import dev.plinth.query.QueryException.FieldError;
import dev.plinth.query.RowCondition;
import dev.plinth.query.read.CursorCodec;
import dev.plinth.query.read.ReadParameters;
import dev.plinth.query.read.ReadPlanner;
import dev.plinth.query.read.ReadQueries;
import dev.plinth.query.read.RowResult;
import dev.plinth.query.read.Selection;
import dev.plinth.testing.Repository;
import dev.plinth.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes against real PostgreSQL: a write that is only its statement (no links, no rule to check after it) is that
 * one statement, its references checked inside it; when it changes nothing, the full path in a transaction says why.
 */
class WritesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANN = "00000000-0000-0000-0000-0000000000a1";
    private static final String JAVA = "00000000-0000-0000-0000-0000000000f1";
    private static final List<String> STATEMENTS = new ArrayList<>();
    private static final AtomicInteger ROLLBACKS = new AtomicInteger();
    private static ModelIndex index;
    private static RowValidator validator;
    private static Writes writes;
    private static DSLContext sql;
    private static ReadPlanner planner;
    private static ReadQueries reads;

    @BeforeAll
    static void blog() {
        TestDatabase database = TestDatabase.create();
        Model model = ModelFolder.load(Repository.root().resolve("model-examples/blog")).model();
        database.schemaEngine().apply(model, false, "test");
        sql = database.dsl();
        sql.execute("insert into author (id, name, handle, email) values ('" + ANN + "', 'Ann', 'ann', 'ann@example.com')");
        sql.execute("insert into tag (id, name, slug) values ('" + JAVA + "', 'Java', 'java')");
        index = new ModelIndex(model);
        validator = new RowValidator(index);
        DSLContext watched = DSL.using(database.dataSource(), SQLDialect.POSTGRES);
        watched.configuration().set(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                STATEMENTS.add(ctx.sql() == null ? String.valueOf(ctx.query()) : ctx.sql());
            }
        });
        writes = new Writes(watched, index);
        CursorCodec cursors = new CursorCodec("test-secret".getBytes());
        planner = new ReadPlanner(index, (text, modelIndex, entity, access) -> RowCondition.NONE, cursors);
        reads = new ReadQueries(watched, cursors);
    }

    @BeforeEach
    void forget() {
        STATEMENTS.clear();
    }

    private static Entity post() {
        return index.entity("post").orElseThrow();
    }

    private static RowValues values(String json, WriteMode mode) throws Exception {
        List<FieldError> errors = new ArrayList<>();
        RowValues values = validator.check(post(), JSON.readTree(json), mode, "", errors, Access.ALL);
        assertThat(errors).isEmpty();
        return values;
    }

    private static int posts(String slug) {
        return sql.fetchCount(DSL.table("post"), DSL.field("slug").eq(slug));
    }

    @Test
    void aCreateWithAReferenceIsOneStatementThatChecksIt() throws Exception {
        UUID id = writes.create(post(), List.of(values("{\"title\": \"One\", \"slug\": \"one\", \"status\": \"draft\","
                + " \"author\": \"" + ANN + "\"}", WriteMode.CREATE)), null, Access.ALL, false).get(0);

        assertThat(STATEMENTS).hasSize(1);
        assertThat(STATEMENTS.get(0)).startsWith("insert into").contains("exists");
        assertThat(sql.fetchValue("select author_id from post where id = ?", id)).hasToString(ANN);
    }

    @Test
    void aCreateNamingNoAuthorThatExistsIsRefusedByFieldAndWritesNothing() throws Exception {
        String missing = "00000000-0000-0000-0000-0000000000a9";
        RowValues row = values("{\"title\": \"Two\", \"slug\": \"two\", \"status\": \"draft\", \"author\": \""
                + missing + "\"}", WriteMode.CREATE);

        assertThatThrownBy(() -> writes.create(post(), List.of(row), null, Access.ALL, false))
                .isInstanceOfSatisfying(QueryException.class, e -> {
                    assertThat(e.code()).isEqualTo("validation");
                    assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("author", "reference"));
                    assertThat(e.errors().get(0).message()).contains(missing);
                });
        assertThat(posts("two")).isZero();
    }

    @Test
    void aCreateWithLinksRunsInATransaction() throws Exception {
        UUID id = writes.create(post(), List.of(values("{\"title\": \"Three\", \"slug\": \"three\", \"status\": \"draft\","
                + " \"author\": \"" + ANN + "\", \"tags\": [\"" + JAVA + "\"]}", WriteMode.CREATE)), null, Access.ALL,
                false).get(0);

        assertThat(STATEMENTS).hasSizeGreaterThan(1);
        assertThat(sql.fetchCount(DSL.table("post_tags"), DSL.field("source_id").eq(id))).isEqualTo(1);
    }

    @Test
    void anUpdateIsOneStatementAndAStaleOrMissingRowIsToldApart() throws Exception {
        UUID id = writes.create(post(), List.of(values("{\"title\": \"Four\", \"slug\": \"four\", \"status\": \"draft\","
                + " \"author\": \"" + ANN + "\"}", WriteMode.CREATE)), null, Access.ALL, false).get(0);
        STATEMENTS.clear();

        writes.update(post(), id, values("{\"title\": \"Four, again\"}", WriteMode.PATCH), 1, null, Access.ALL);
        assertThat(STATEMENTS).hasSize(1);
        assertThat(sql.fetchValue("select version from post where id = ?", id)).isEqualTo(2);

        assertThatThrownBy(() -> writes.update(post(), id, values("{\"title\": \"Late\"}", WriteMode.PATCH), 1, null,
                Access.ALL)).isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.code()).isEqualTo("version.stale"));
        assertThatThrownBy(() -> writes.update(post(), UUID.randomUUID(), values("{\"title\": \"Nobody\"}",
                WriteMode.PATCH), null, null, Access.ALL))
                .isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.code()).isEqualTo("row.not-found"));
        assertThatThrownBy(() -> writes.update(post(), id, values("{\"author\": \"00000000-0000-0000-0000-0000000000a8\"}",
                WriteMode.PATCH), null, null, Access.ALL))
                .isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("author"));
        assertThat(sql.fetchValue("select title from post where id = ?", id)).isEqualTo("Four, again");
        assertThat(sql.fetchValue("select version from post where id = ?", id)).isEqualTo(2);
    }

    @Test
    void aSecondWriteOfTheSameShapeRunsTheRenderedStatementAndIsRefusedAlike() throws Exception {
        String body = "{\"title\": \"Five\", \"slug\": \"%s\", \"status\": \"draft\", \"author\": \"" + ANN + "\"}";
        UUID actor = UUID.fromString("00000000-0000-0000-0000-00000000aaaa");
        UUID first = writes.create(post(), List.of(values(body.formatted("five"), WriteMode.CREATE)), actor,
                Access.ALL, false).get(0);
        UUID second = writes.create(post(), List.of(values(body.formatted("six"), WriteMode.CREATE)), actor,
                Access.ALL, false).get(0);
        assertThat(STATEMENTS).as("rendered once, then bound and run on the connection").hasSize(1);
        assertThat(sql.fetchValue("select slug from post where id = ?", second)).isEqualTo("six");
        assertThat(sql.fetchValue("select author_id from post where id = ?", second)).hasToString(ANN);
        assertThat(sql.fetchValue("select created_by from post where id = ?", second)).isEqualTo(actor);

        assertThatThrownBy(() -> writes.create(post(), List.of(values(body.formatted("five"), WriteMode.CREATE)), actor,
                Access.ALL, false)).isInstanceOfSatisfying(QueryException.class, e -> {
                    assertThat(e.code()).isEqualTo("unique");
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("slug");
                });
        assertThat(posts("five")).isEqualTo(1);

        STATEMENTS.clear();
        writes.update(post(), first, values("{\"title\": \"Five, again\"}", WriteMode.PATCH), 1, actor, Access.ALL);
        writes.update(post(), second, values("{\"title\": \"Six, again\"}", WriteMode.PATCH), 1, actor, Access.ALL);
        assertThat(STATEMENTS).hasSize(1);
        assertThat(sql.fetchValue("select title from post where id = ?", second)).isEqualTo("Six, again");
        assertThatThrownBy(() -> writes.update(post(), second, values("{\"title\": \"Late\"}", WriteMode.PATCH), 1,
                actor, Access.ALL))
                .isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.code()).isEqualTo("version.stale"));
        assertThat(sql.fetchValue("select title from post where id = ?", second)).isEqualTo("Six, again");
    }

    private static Selection selection(Entity entity, String fields, String expand) {
        return planner.row(entity, ReadParameters.ofRow(fields, expand), Access.ALL);
    }

    @Test
    void aCreateReadBackIsOneStatementAndReadsAsTheRowReadAfterIt() throws Exception {
        Selection selection = selection(post(), null, "author");
        String body = "{\"title\": \"Seven\", \"slug\": \"%s\", \"status\": \"draft\", \"author\": \"" + ANN + "\"}";
        UUID actor = UUID.fromString("00000000-0000-0000-0000-00000000aaaa");
        Writes.Created first = writes.createAndRead(post(), values(body.formatted("seven"), WriteMode.CREATE), actor,
                Access.ALL, selection, reads);
        Writes.Created second = writes.createAndRead(post(), values(body.formatted("eight"), WriteMode.CREATE), actor,
                Access.ALL, selection, reads);

        assertThat(STATEMENTS).as("written and read in one statement, rendered once").hasSize(1);
        assertThat(STATEMENTS.get(0)).startsWith("with").contains("insert into").contains("returning *");
        for (Writes.Created created : List.of(first, second)) {
            RowResult read = reads.row(post(), created.id(), selection, Access.ALL).orElseThrow();
            assertThat(JSON.readTree(created.row().json())).isEqualTo(JSON.readTree(read.json()));
            assertThat(created.row().version()).isEqualTo(1);
            assertThat(JSON.readTree(created.row().json()).at("/author/name").asText()).isEqualTo("Ann");
        }
        assertThat(JSON.readTree(second.row().json()).get("slug").asText()).isEqualTo("eight");

        STATEMENTS.clear();
        String missing = "00000000-0000-0000-0000-0000000000a7";
        assertThatThrownBy(() -> writes.createAndRead(post(), values("{\"title\": \"Nine\", \"slug\": \"nine\","
                + " \"status\": \"draft\", \"author\": \"" + missing + "\"}", WriteMode.CREATE), null, Access.ALL,
                selection, reads)).isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("author", "reference")));
        assertThat(posts("nine")).isZero();
        assertThat(STATEMENTS).as("the full path after the one statement, without the lone INSERT again")
                .noneMatch(statement -> statement.startsWith("insert into") && statement.contains("exists"));
        assertThatThrownBy(() -> writes.createAndRead(post(), values(body.formatted("seven"), WriteMode.CREATE), null,
                Access.ALL, selection, reads)).isInstanceOfSatisfying(QueryException.class,
                        e -> assertThat(e.code()).isEqualTo("unique"));
        assertThat(posts("seven")).isEqualTo(1);
    }

    @Test
    void anUpdateReadBackIsOneStatementAndAStaleOrMissingRowIsToldApart() throws Exception {
        Selection selection = selection(post(), "title,version,tags", null);
        UUID id = writes.create(post(), List.of(values("{\"title\": \"Ten\", \"slug\": \"ten\", \"status\": \"draft\","
                + " \"author\": \"" + ANN + "\", \"tags\": [\"" + JAVA + "\"]}", WriteMode.CREATE)), null, Access.ALL,
                false).get(0);
        UUID actor = UUID.fromString("00000000-0000-0000-0000-00000000aaaa");
        writes.updateAndRead(post(), id, values("{\"title\": \"Ten, once\"}", WriteMode.PATCH), 1, actor, Access.ALL,
                selection, reads);
        STATEMENTS.clear();

        RowResult updated = writes.updateAndRead(post(), id, values("{\"title\": \"Ten, again\"}", WriteMode.PATCH), 2,
                actor, Access.ALL, selection, reads);
        assertThat(STATEMENTS).as("the rendered statement, run on the connection").isEmpty();
        assertThat(updated.version()).isEqualTo(3);
        assertThat(JSON.readTree(updated.json())).isEqualTo(JSON.readTree(
                reads.row(post(), id, selection, Access.ALL).orElseThrow().json()));
        assertThat(JSON.readTree(updated.json()).get("tags")).as("links the write left alone").hasSize(1);

        assertThatThrownBy(() -> writes.updateAndRead(post(), id, values("{\"title\": \"Late\"}", WriteMode.PATCH), 2,
                null, Access.ALL, selection, reads))
                .isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.code()).isEqualTo("version.stale"));
        assertThatThrownBy(() -> writes.updateAndRead(post(), UUID.randomUUID(), values("{\"title\": \"Nobody\"}",
                WriteMode.PATCH), null, null, Access.ALL, selection, reads))
                .isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.code()).isEqualTo("row.not-found"));
        assertThat(sql.fetchValue("select title from post where id = ?", id)).isEqualTo("Ten, again");
        assertThat(sql.fetchValue("select version from post where id = ?", id)).isEqualTo(3);
    }

    @Test
    void aRowWhoseSelectionLeadsBackToItsOwnTableIsWrittenThenRead() throws Exception {
        // A statement's subqueries see its tables as they were before its write: a comment's replies, or the
        // comment it replies to (which may be itself), are read after the write instead.
        Entity comment = index.entity("comment").orElseThrow();
        assertThat(ReadQueries.readsBack(comment, selection(comment, "body,replies", null), Access.ALL))
                .as("replies are comments").isFalse();
        assertThat(ReadQueries.readsBack(comment, selection(comment, "body,replyTo", null), Access.ALL)).isTrue();
        assertThat(ReadQueries.readsBack(comment, selection(comment, "body,replyTo", "replyTo"), Access.ALL)).isFalse();
        assertThat(ReadQueries.readsBack(post(), selection(post(), null, "author,tags"), Access.ALL)).isTrue();

        UUID post = writes.create(post(), List.of(values("{\"title\": \"Eleven\", \"slug\": \"eleven\","
                + " \"status\": \"draft\", \"author\": \"" + ANN + "\"}", WriteMode.CREATE)), null, Access.ALL,
                false).get(0);
        List<FieldError> errors = new ArrayList<>();
        RowValues body = validator.check(comment, JSON.readTree("{\"post\": \"" + post + "\", \"authorName\": \"R\","
                + " \"authorEmail\": \"r@example.com\", \"body\": \"First\"}"), WriteMode.CREATE, "", errors, Access.ALL);
        assertThat(errors).isEmpty();
        Writes.Created first = writes.createAndRead(comment, body, null, Access.ALL, selection(comment, null, null),
                reads);
        RowValues reply = validator.check(comment, JSON.readTree("{\"replyTo\": \"" + first.id() + "\"}"),
                WriteMode.PATCH, "", errors, Access.ALL);
        assertThat(errors).isEmpty();
        RowResult selfReply = writes.updateAndRead(comment, first.id(), reply, 1, null, Access.ALL,
                selection(comment, "body,replyTo,replies", "replyTo"), reads);
        JsonNode row = JSON.readTree(selfReply.json());
        assertThat(row.at("/replyTo/version").asInt()).as("the comment as it is after the write").isEqualTo(2);
        assertThat(row.get("replies")).hasSize(1);
    }
}
