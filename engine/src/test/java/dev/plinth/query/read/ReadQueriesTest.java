package dev.plinth.query.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plinth.api.ApiFilters;
import dev.plinth.model.Entity;
import dev.plinth.model.Model;
import dev.plinth.model.ModelFolder;
import dev.plinth.query.Access;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.QueryException;
import dev.plinth.testing.Repository;
import dev.plinth.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Lists and rows of the blog example against real PostgreSQL, each one statement. */
class ReadQueriesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger STATEMENTS = new AtomicInteger();
    /** The last statement jOOQ ran: its SQL and its bound values. */
    private static volatile Query lastQuery;
    private static TestDatabase database;
    private static ModelIndex index;
    private static ReadPlanner planner;
    private static ReadQueries queries;
    private static DSLContext sql;

    @BeforeAll
    static void blogWithRows() {
        database = TestDatabase.create();
        Model model = ModelFolder.load(Repository.root().resolve("model-examples/blog")).model();
        database.schemaEngine().apply(model, false, "test");
        sql = database.dsl();
        sql.execute("insert into author (id, name, handle, email) values ('00000000-0000-0000-0000-0000000000a1', 'Ann', 'ann', 'ann@example.com'),"
                + " ('00000000-0000-0000-0000-0000000000a2', 'Bob', 'bob', 'bob@example.com')");
        sql.execute("insert into tag (id, name, slug) values ('00000000-0000-0000-0000-0000000000f1', 'Java', 'java'),"
                + " ('00000000-0000-0000-0000-0000000000f2', 'SQL', 'sql')");
        for (int i = 1; i <= 7; i++) {
            sql.execute("insert into post (id, title, slug, status, author_id, rating) values (?::uuid, ?, ?, ?, ?::uuid, ?)",
                    "00000000-0000-0000-0000-00000000000" + i, "Post " + i, "post-" + i, i % 2 == 0 ? "draft" : "published",
                    i <= 4 ? "00000000-0000-0000-0000-0000000000a1" : "00000000-0000-0000-0000-0000000000a2",
                    i == 3 ? null : i % 5);
        }
        sql.execute("insert into post_tags (source_id, target_id) values ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-0000000000f1'),"
                + " ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-0000000000f2')");
        index = new ModelIndex(model);
        CursorCodec cursors = new CursorCodec("test-secret".getBytes());
        planner = new ReadPlanner(index, ApiFilters.language(), cursors);
        DSLContext counted = DSL.using(database.dataSource(), org.jooq.SQLDialect.POSTGRES);
        counted.configuration().set(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                STATEMENTS.incrementAndGet();
                lastQuery = ctx.query();
            }
        });
        queries = new ReadQueries(counted, cursors);
    }

    private static Entity post() {
        return index.entity("post").orElseThrow();
    }

    private static JsonNode parse(String json) throws Exception {
        return JSON.readTree(json);
    }

    private static ListResult list(String sort, String limit, String cursor, String fields, String expand, String count) {
        ReadPlan plan = planner.list(post(), new ReadParameters(null, sort, limit, null, cursor, fields, expand, count), Access.ALL);
        return queries.list(plan, Access.ALL);
    }

    @Test
    void aListWithExpansionsIsOneStatementAndItsTotalOneMore() throws Exception {
        int before = STATEMENTS.get();
        ListResult result = list("-rating,title", "3", null, null, "author,tags", null);
        assertThat(STATEMENTS.get() - before).isEqualTo(1);
        assertThat(result.total()).isNull();
        result = list("-rating,title", "3", null, null, "author,tags", "exact");
        assertThat(STATEMENTS.get() - before).as("the page, then the count").isEqualTo(3);
        JsonNode data = parse(result.data());
        assertThat(data).hasSize(3);
        assertThat(result.total()).isEqualTo(7L);
        assertThat(result.nextCursor()).isNotNull();
        JsonNode first = data.get(0);
        assertThat(first.get("author").get("name").asText()).isIn("Ann", "Bob");
        assertThat(first.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void cursorsWalkEveryRowOnceInOrder() throws Exception {
        // descending puts empty ratings first: PostgreSQL sorts nulls as larger than any value
        List<String> titles = new ArrayList<>();
        String cursor = null;
        do {
            ListResult page = list("-rating,title", "2", cursor, "title", null, null);
            parse(page.data()).forEach(row -> titles.add(row.get("title").asText()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(titles).containsExactly("Post 3", "Post 4", "Post 2", "Post 7", "Post 1", "Post 6", "Post 5");
    }

    @Test
    void aTamperedCursorIsRefused() {
        String cursor = list("title", "2", null, null, null, null).nextCursor();
        String tampered = cursor.substring(0, 3) + (cursor.charAt(3) == 'A' ? 'B' : 'A') + cursor.substring(4);
        assertThatThrownBy(() -> list("title", "2", tampered, null, null, null))
                .isInstanceOf(QueryException.class).hasMessageContaining("cursor");
        assertThatThrownBy(() -> list("-title", "2", cursor, null, null, null))
                .as("a cursor is bound to its sort").isInstanceOf(QueryException.class);
    }

    @Test
    void controlCharactersAroundNamesAndNumbersAreNotTrimmedAway() {
        assertThatThrownBy(() -> list("title\u0000", null, null, null, null, null))
                .isInstanceOf(QueryException.class).hasFieldOrPropertyWithValue("code", "sort.unknown");
        assertThatThrownBy(() -> list(null, null, null, "\u0001title", null, null))
                .isInstanceOf(QueryException.class).hasFieldOrPropertyWithValue("code", "fields.unknown");
        assertThatThrownBy(() -> list(null, null, null, null, "author\u0000", null))
                .isInstanceOf(QueryException.class).hasFieldOrPropertyWithValue("code", "expand.unknown");
        assertThatThrownBy(() -> list(null, "5\u0000", null, null, null, null))
                .isInstanceOf(QueryException.class).hasFieldOrPropertyWithValue("code", "page.limit");
        assertThatThrownBy(() -> list(null, null, null, null, null, "exact\u0000"))
                .isInstanceOf(QueryException.class).hasFieldOrPropertyWithValue("code", "count.mode");
        assertThat(list(" -title , rating ", " 2 ", null, " title ", " author ", " exact ").total())
                .as("spaces around are fine").isEqualTo(7L);
    }

    @Test
    void fieldsPickMembersAndPathsEmbedRelatedRows() throws Exception {
        JsonNode row = parse(list("title", "1", null, "title,author.name,tags", null, null).data()).get(0);
        assertThat(row.fieldNames()).toIterable().containsExactly("id", "title", "author", "tags", "version");
        assertThat(row.get("author").fieldNames()).toIterable().containsExactly("id", "name", "version");
        assertThat(row.get("tags")).hasSize(2);
        assertThat(row.get("tags").get(0).isTextual()).isTrue();
    }

    @Test
    void expandsInverseAndNestedRelations() throws Exception {
        ReadPlan plan = planner.list(index.entity("author").orElseThrow(),
                new ReadParameters(null, "name", null, null, null, "name", "posts.tags", null), Access.ALL);
        JsonNode authors = parse(queries.list(plan, Access.ALL).data());
        assertThat(authors.get(0).get("posts")).hasSize(4);
        assertThat(authors.get(0).get("posts").get(0).get("tags")).hasSize(2);
    }

    @Test
    void readsOneRowAndRowsInTheGivenOrder() throws Exception {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000002");
        Selection selection = planner.row(post(), ReadParameters.ofRow(null, "author"), Access.ALL);
        RowResult row = queries.row(post(), id, selection, Access.ALL).orElseThrow();
        assertThat(parse(row.json()).get("title").asText()).isEqualTo("Post 2");
        assertThat(row.version()).isEqualTo(1);
        assertThat(queries.row(post(), UUID.randomUUID(), selection, Access.ALL)).isEmpty();
        JsonNode rows = parse(queries.rows(post(), List.of(UUID.fromString("00000000-0000-0000-0000-000000000005"), id),
                selection, Access.ALL));
        assertThat(rows.get(0).get("title").asText()).isEqualTo("Post 5");
        assertThat(rows.get(1).get("title").asText()).isEqualTo("Post 2");
    }

    @Test
    void aRowReadAgainRunsItsRenderedStatementOnTheConnectionAndReadsTheSame() throws Exception {
        Selection selection = planner.row(post(), ReadParameters.ofRow("title,tags,author.handle", null), Access.ALL);
        UUID first = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID other = UUID.fromString("00000000-0000-0000-0000-000000000006");
        int before = STATEMENTS.get();
        RowResult rendered = queries.row(post(), first, selection, Access.ALL).orElseThrow();
        assertThat(STATEMENTS.get() - before).as("rendered and run by jOOQ").isEqualTo(1);

        RowResult again = queries.row(post(), first, selection, Access.ALL).orElseThrow();
        RowResult another = queries.row(post(), other, selection, Access.ALL).orElseThrow();
        assertThat(STATEMENTS.get() - before).as("then bound and run on the connection").isEqualTo(1);
        assertThat(again).isEqualTo(rendered);
        assertThat(parse(again.json()).get("tags")).hasSize(2);
        assertThat(parse(again.json()).at("/author/handle").asText()).isEqualTo("ann");
        assertThat(parse(another.json()).get("title").asText()).isEqualTo("Post 6");
        assertThat(parse(another.json()).at("/author/handle").asText()).isEqualTo("bob");
        assertThat(another.version()).isEqualTo(1);
        assertThat(queries.row(post(), UUID.randomUUID(), selection, Access.ALL)).isEmpty();
    }

    @Test
    void aListAskedAgainRunsItsRenderedStatementButAPageByCursorIsRenderedEachTime() throws Exception {
        int before = STATEMENTS.get();
        ListResult first = list("-rating,title", "2", null, "title", null, "exact");
        ListResult again = list("-rating,title", "2", null, "title", null, "exact");
        assertThat(STATEMENTS.get() - before).as("page and count rendered and run by jOOQ once, then run as they were")
                .isEqualTo(2);
        assertThat(again).isEqualTo(first);
        assertThat(first.total()).isEqualTo(7L);
        assertThat(first.nextCursor()).isNotNull();

        ListResult second = list("-rating,title", "2", first.nextCursor(), "title", null, "exact");
        ListResult secondAgain = list("-rating,title", "2", first.nextCursor(), "title", null, "exact");
        assertThat(STATEMENTS.get() - before).as("a cursor's keys are values of the statement").isEqualTo(6);
        assertThat(secondAgain).isEqualTo(second);
        assertThat(parse(second.data()).findValuesAsText("title")).doesNotContainAnyElementsOf(
                parse(first.data()).findValuesAsText("title"));
        assertThat(list("-rating,title", "3", null, "title", null, "exact").data())
                .as("another limit is another statement").isNotEqualTo(first.data());
    }

    @Test
    void aFirstPageIsAStatementPostgreSQLPlansOnceAndALaterPageHasItsOffset() throws Exception {
        ListResult first = list("-title", "4", null, "title", "author,tags", null);
        Query firstPage = lastQuery;
        assertThat(firstPage.getSQL()).doesNotContainIgnoringCase("offset");

        PGSimpleDataSource prepared = (PGSimpleDataSource) database.dataSource();
        prepared.setPrepareThreshold(1);
        try (Connection connection = prepared.getConnection()) {
            for (int i = 0; i < 8; i++) {
                try (PreparedStatement statement = connection.prepareStatement(firstPage.getSQL())) {
                    List<Object> values = firstPage.getBindValues();
                    for (int v = 0; v < values.size(); v++) {
                        statement.setObject(v + 1, values.get(v));
                    }
                    statement.executeQuery().close();
                }
            }
            try (Statement statement = connection.createStatement(); ResultSet plans = statement.executeQuery(
                    "select generic_plans, custom_plans from pg_prepared_statements where not from_sql")) {
                assertThat(plans.next()).isTrue();
                assertThat(plans.getLong("generic_plans"))
                        .as("after five custom plans PostgreSQL keeps one generic plan, not planning every time")
                        .isPositive();
            }
        }

        ReadPlan fromTheThird = planner.list(post(), new ReadParameters(null, "-title", "4", "2", null, "title", null, null),
                Access.ALL);
        ListResult third = queries.list(fromTheThird, Access.ALL);
        assertThat(lastQuery.getSQL()).containsIgnoringCase("offset");
        assertThat(parse(third.data()).findValuesAsText("title")).as("from the third row on").hasSize(4)
                .startsWith(parse(first.data()).findValuesAsText("title").subList(2, 4).toArray(String[]::new));
    }

    @Test
    void aRowWrittenByPlinthReadsAsPostgreSQLWritesTheSameRowExpandedInAnother() throws Exception {
        // Plinth writes a row's own columns; an expanded row is written by PostgreSQL's json_build_object. Every kind
        // of value must come out the same both ways: text that needs escaping, numbers, JSON, dates, times, nulls.
        UUID post = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
        UUID author = UUID.fromString("00000000-0000-0000-0000-0000000000a3");
        String awkward = "quote \" backslash \\ slash / tab \t newline \n return \r bell \u0007 unit \u001f"
                + " delete \u007f é ü 中文 \ud83d\ude00 end";
        sql.execute("insert into author (id, name, handle, email, bio, joined_on) values (?::uuid, ?, 'awk', "
                + "'awk@example.com', ?, date '1999-12-31')", author.toString(), awkward, awkward);
        sql.execute("insert into post (id, title, slug, status, author_id, rating, body, published_at, featured,"
                        + " reading_minutes, view_count, extra) values (?::uuid, ?, 'awkward', 'published', ?::uuid,"
                        + " 4.50, ?, timestamptz '2024-02-29 23:59:58.123456+05:30', true, null, 9007199254740993,"
                        + " '{\"k\": [1, 2.50, \"\\u00e9\\n\", null, true], \"n\": {}}'::jsonb)",
                post.toString(), awkward, author.toString(), awkward);
        sql.execute("insert into comment (id, post_id, author_name, author_email, body) values "
                + "('00000000-0000-0000-0000-0000000000c1', ?::uuid, 'Reader', 'reader@example.com', ?)",
                post.toString(), awkward);

        JsonNode ownPost = parse(queries.row(post(), post, planner.row(post(), ReadParameters.ofRow(null, null),
                Access.ALL), Access.ALL).orElseThrow().json());
        Entity comment = index.entity("comment").orElseThrow();
        JsonNode expandedPost = parse(queries.row(comment, UUID.fromString("00000000-0000-0000-0000-0000000000c1"),
                planner.row(comment, ReadParameters.ofRow(null, "post"), Access.ALL), Access.ALL).orElseThrow().json())
                .get("post");
        assertThat(ownPost).isEqualTo(expandedPost);
        assertThat(ownPost.get("title").asText()).isEqualTo(awkward);
        assertThat(ownPost.get("rating").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(ownPost.get("viewCount").asLong()).as("beyond a double's exact integers").isEqualTo(9007199254740993L);
        assertThat(ownPost.get("publishedAt").asText()).isEqualTo(expandedPost.get("publishedAt").asText())
                .startsWith("2024-02-29T");
        assertThat(ownPost.get("readingMinutes").isNull()).isTrue();
        assertThat(ownPost.get("featured").booleanValue()).isTrue();
        assertThat(ownPost.at("/extra/k/2").asText()).isEqualTo("\u00e9\n");

        Entity authors = index.entity("author").orElseThrow();
        JsonNode ownAuthor = parse(queries.row(authors, author, planner.row(authors, ReadParameters.ofRow(null, null),
                Access.ALL), Access.ALL).orElseThrow().json());
        JsonNode expandedAuthor = parse(queries.row(post(), post, planner.row(post(), ReadParameters.ofRow(null,
                "author"), Access.ALL), Access.ALL).orElseThrow().json()).get("author");
        assertThat(ownAuthor).isEqualTo(expandedAuthor);
        assertThat(ownAuthor.get("joinedOn").asText()).isEqualTo("1999-12-31");
        assertThat(ownAuthor.get("userId").isNull()).isTrue();

        JsonNode listed = parse(list("title", "100", null, null, null, null).data());
        assertThat(listed.findValues("slug").stream().map(JsonNode::asText)).contains("awkward");
        for (JsonNode row : listed) {
            if (row.get("slug").asText().equals("awkward")) {
                assertThat(row).as("a listed row is written as a read one").isEqualTo(ownPost);
            }
        }
        sql.execute("delete from post where id = ?::uuid", post.toString());
        sql.execute("delete from author where id = ?::uuid", author.toString());
    }

    @Test
    void aTotalIsCountedWithAPlanForTheValuesOfEachRunAndThePageWithTheOneKeptPrepared() throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            ReadQueries onOneConnection = new ReadQueries(DSL.using(connection, SQLDialect.POSTGRES),
                    new CursorCodec("test-secret".getBytes()));
            ReadPlan drafts = planner.list(post(), new ReadParameters("status = 'draft'", "title", "2", null, null,
                    "title", null, "exact"), Access.ALL);
            for (int i = 0; i < 8; i++) {
                ListResult result = onOneConnection.list(drafts, Access.ALL);
                assertThat(result.total()).isEqualTo(3L);
                assertThat(parse(result.data()).findValuesAsText("title")).containsExactly("Post 2", "Post 4");
                // a page by cursor is rendered each time and runs through jOOQ
                ReadPlan next = planner.list(post(), new ReadParameters("status = 'draft'", "title", "2", null,
                        result.nextCursor(), "title", null, "exact"), Access.ALL);
                ListResult second = onOneConnection.list(next, Access.ALL);
                assertThat(second.total()).isEqualTo(3L);
                assertThat(parse(second.data()).findValuesAsText("title")).containsExactly("Post 6");
            }
            assertThat(connection.getAutoCommit()).as("the connection is as it was after the read's transaction").isTrue();
            List<String> kept = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet prepared = statement.executeQuery(
                    "select statement from pg_prepared_statements where not from_sql")) {
                while (prepared.next()) {
                    kept.add(prepared.getString(1));
                }
            }
            assertThat(kept).as("the page's statement is kept prepared").anyMatch(text -> text.contains("row_number()"));
            assertThat(kept).as("the count is sent unnamed, for PostgreSQL to plan for each run's values")
                    .noneMatch(text -> text.contains("count(*)"));
        }
    }

    @Test
    void aPageAndItsTotalAreReadInOneSnapshot() throws Exception {
        String late = "00000000-0000-0000-0000-0000000000c1";
        DSLContext interleaved = DSL.using(database.dataSource(), SQLDialect.POSTGRES);
        interleaved.configuration().set(new ExecuteListener() {
            @Override
            public void executeEnd(ExecuteContext ctx) {
                if (ctx.sql().contains("row_number()")) {
                    // the page is read; another transaction commits a row the count would see in a newer snapshot
                    sql.execute("insert into post (id, title, slug, status, author_id) values (?::uuid, 'Late', 'late',"
                            + " 'archived', '00000000-0000-0000-0000-0000000000a1')", late);
                }
            }
        });
        ReadQueries interleavedQueries = new ReadQueries(interleaved, new CursorCodec("test-secret".getBytes()));
        ReadPlan archived = planner.list(post(), new ReadParameters("status = 'archived'", "title", "5", null, null,
                "title", null, "exact"), Access.ALL);
        try {
            ListResult result = interleavedQueries.list(archived, Access.ALL);
            assertThat(parse(result.data())).isEmpty();
            assertThat(result.total()).as("counted in the page's snapshot").isZero();
            ListResult later = interleavedQueries.list(archived, Access.ALL);
            assertThat(parse(later.data()).findValuesAsText("title")).containsExactly("Late");
            assertThat(later.total()).isEqualTo(1L);
        } finally {
            sql.execute("delete from post where id = ?::uuid", late);
        }
    }

    @Test
    void aPageBeyondTheLastRowIsEmptyAndStillCounted() throws Exception {
        String cursor = list("title", "7", null, "title", null, null).nextCursor();
        assertThat(cursor).as("seven rows, the seventh may have a next only if there are more").isNull();
        ReadPlan plan = planner.list(post(), new ReadParameters(null, "title", "5", "100", null, "title", null,
                "exact"), Access.ALL);
        ListResult beyond = queries.list(plan, Access.ALL);
        assertThat(parse(beyond.data())).isEmpty();
        assertThat(beyond.total()).isEqualTo(7L);
        assertThat(beyond.nextCursor()).isNull();
        ListResult again = queries.list(plan, Access.ALL);
        assertThat(again).as("run again from its rendered statement").isEqualTo(beyond);
    }

    @Test
    void timestampsAreWrittenAsPostgreSQLWritesThemInJson() {
        List<String> values = List.of("2024-02-29 23:59:58.123456+05:30", "2024-01-01 00:00:00+00",
                "2024-01-01 10:00:00.12+00", "2024-01-01 10:00:00.000001+00", "1999-12-31 23:59:59.5-08",
                "0001-01-01 00:00:00+00", "0044-03-15 12:00:00+00 BC", "12345-06-07 08:09:10+00", "infinity",
                "-infinity");
        sql.connection(connection -> {
            for (String value : values) {
                try (var statement = connection.prepareStatement("select ?::timestamptz, to_json(?::timestamptz)::text")) {
                    statement.setString(1, value);
                    statement.setString(2, value);
                    try (var row = statement.executeQuery()) {
                        row.next();
                        StringBuilder written = new StringBuilder();
                        RowColumns.appendTimestamp(written, row.getObject(1, java.time.OffsetDateTime.class));
                        assertThat(written).as(value).hasToString(row.getString(2));
                    }
                }
            }
        });
    }
}
