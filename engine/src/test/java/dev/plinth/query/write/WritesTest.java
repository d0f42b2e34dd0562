package dev.plinth.query.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plinth.model.Entity;
import dev.plinth.model.Model;
import dev.plinth.model.ModelFolder;
import dev.plinth.query.Access;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.QueryException;
import dev.plinth.query.QueryException.FieldError;
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
}
