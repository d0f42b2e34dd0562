package dev.plinth.query.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Filters compiled to jOOQ and run against {@link BlogModel} applied to a real PostgreSQL, with a few rows: each
 * case names exactly the posts it selects.
 */
class CompilerTest {

    private static final UUID C1 = id(0xC1), C2 = id(0xC2);
    private static final UUID A1 = id(0xA1), A2 = id(0xA2), A3 = id(0xA3);
    private static final UUID T1 = id(0x71), T2 = id(0x72), T3 = id(0x73);
    private static final UUID P1 = id(0x01), P2 = id(0x02), P3 = id(0x03), P4 = id(0x04);
    private static final UUID M1 = id(0xD1), M2 = id(0xD2), M3 = id(0xD3);
    private static final UUID X1 = id(0xE1);
    private static final Map<UUID, String> POSTS = Map.of(P1, "p1", P2, "p2", P3, "p3", P4, "p4");

    /** Ann, signed in with the roles draft and archived, on 15 January 2024 at midnight UTC. */
    static final Variables ANN = new Variables(A1, "ann@example.com", Set.of("draft", "archived"),
            OffsetDateTime.parse("2024-01-15T00:00:00Z"));
    static final Variables ANONYMOUS = Variables.anonymous(OffsetDateTime.parse("2024-01-15T00:00:00Z"));

    private static DSLContext sql;

    @BeforeAll
    static void blogWithRows() {
        TestDatabase database = TestDatabase.create();
        database.schemaEngine().apply(BlogModel.MODEL, false, "test");
        sql = database.dsl();
        insert("company", "id", C1, "name", "Acme");
        insert("company", "id", C2, "name", "Globex");
        insert("author", "id", A1, "name", "Ann", "email", "ann@example.com", "company_id", C1);
        insert("author", "id", A2, "name", "Bob", "email", "bob@example.com", "company_id", C2);
        insert("author", "id", A3, "name", "Cy");
        insert("tag", "id", T1, "name", "java");
        insert("tag", "id", T2, "name", "sql");
        insert("tag", "id", T3, "name", "50%_off\\");
        insert("post", "id", P1, "title", "Hello World", "body", "First post", "status", "published",
                "rating", new BigDecimal("4.5"), "likes", 10, "views", 1000L, "featured", true,
                "published_at", OffsetDateTime.parse("2024-01-10T10:00:00Z"), "publish_day", LocalDate.parse("2024-01-10"),
                "publish_time", LocalTime.parse("10:00"), "external_id", X1, "contact", "ann@example.com",
                "link", "https://a.example.com", "extra", JSONB.valueOf("{\"a\": 1}"), "author_id", A1);
        insert("post", "id", P2, "title", "hello again", "body", "Second", "status", "draft",
                "rating", new BigDecimal("3.0"), "likes", 5, "views", 5_000_000_000L, "featured", false,
                "published_at", OffsetDateTime.parse("2024-02-01T08:00:00Z"), "publish_day", LocalDate.parse("2024-02-01"),
                "publish_time", LocalTime.parse("08:00"), "contact", "bob@example.com", "author_id", A2);
        insert("post", "id", P3, "title", "100% _real_ \\ it's \"quoted\"", "body", "50% off", "status", "published");
        insert("post", "id", P4, "title", "'; drop table post; --", "status", "archived", "rating", new BigDecimal("5.0"),
                "likes", 0, "featured", false, "published_at", OffsetDateTime.parse("2023-12-31T23:30:00Z"),
                "publish_day", LocalDate.parse("2023-12-31"), "publish_time", LocalTime.parse("23:30"), "author_id", A3);
        link(P1, T1);
        link(P1, T2);
        link(P2, T2);
        link(P4, T3);
        insert("comment", "id", M1, "body", "Great!", "post_id", P1);
        insert("comment", "id", M2, "body", "meh", "post_id", P1);
        insert("comment", "id", M3, "body", "great stuff", "post_id", P2);
    }

    static Stream<Arguments> selects() {
        return Stream.of(
                // text: = is case-sensitive, ~ !~ ^~ are not
                selecting("title = 'Hello World'", "p1"),
                selecting("title = 'hello world'", ""),
                selecting("title != 'Hello World'", "p2 p3 p4"),
                selecting("title ~ 'HELLO'", "p1 p2"),
                selecting("title !~ 'hello'", "p3 p4"),
                selecting("title ^~ 'hello'", "p1 p2"),
                selecting("title ^~ 'world'", ""),
                selecting("body > 'Fz'", "p2"),
                selecting("body <= 'First post'", "p1 p3"),
                selecting("body ~ 'POST'", "p1"),
                selecting("body = 'Second'", "p2"),
                // %, _ and \ in a pattern are plain characters, and so are quotes
                selecting("title ~ '%'", "p3"),
                selecting("title ~ '_'", "p3"),
                selecting("title ~ '\\'", "p3"),
                selecting("title ^~ '100%'", "p3"),
                selecting("title ^~ '100_'", ""),
                selecting("title ~ '0%_'", ""),
                selecting("title ~ 'it''s \"quoted\"'", "p3"),
                selecting("title ~ \"it's \"\"quoted\"\"\"", "p3"),
                selecting("body ~ '0%'", "p3"),
                // values that look like SQL are values
                selecting("title = '''; drop table post; --'", "p4"),
                selecting("title = 'x'' or ''1''=''1'", ""),
                selecting("title ~ ''' or 1=1 --'", ""),
                selecting("title = 'Robert''); DROP TABLE post;--'", ""),
                // numbers
                selecting("rating > 4", "p1 p4"),
                selecting("rating >= 4.5", "p1 p4"),
                selecting("rating < 4.5", "p2"),
                selecting("rating <= 3", "p2"),
                selecting("rating = 3", "p2"),
                selecting("rating != 4.5", "p2 p4"),
                selecting("rating is null", "p3"),
                selecting("rating = null", "p3"),
                selecting("rating is not null", "p1 p2 p4"),
                selecting("rating != null", "p1 p2 p4"),
                selecting("likes in (0, 10)", "p1 p4"),
                selecting("likes not in (10)", "p2 p4"),
                selecting("likes = -1", ""),
                selecting("views > 3000000000", "p2"),
                // booleans, dates and times, uuids, enums, json
                selecting("featured = true", "p1"),
                selecting("featured != true", "p2 p4"),
                selecting("featured in (false)", "p2 p4"),
                selecting("publishedAt > '2024-01-01'", "p1 p2"),
                selecting("publishedAt < '2024-01-10T10:00:00Z'", "p4"),
                selecting("publishedAt = '2024-01-10T11:00:00+01:00'", "p1"),
                selecting("publishDay >= '2024-01-10'", "p1 p2"),
                selecting("publishTime < '09:00'", "p2"),
                selecting("externalId = '" + X1 + "'", "p1"),
                selecting("status in ('draft', 'archived')", "p2 p4"),
                selecting("status not in ('draft')", "p1 p3 p4"),
                selecting("status ~ 'PUB'", "p1 p3"),
                selecting("contact ~ 'EXAMPLE.com'", "p1 p2"),
                selecting("link ^~ 'HTTPS://'", "p1"),
                selecting("extra is not null", "p1"),
                selecting("extra is null", "p2 p3 p4"),
                selecting("id = '" + P1 + "'", "p1"),
                selecting("id in ('" + P1 + "', '" + P2 + "')", "p1 p2"),
                selecting("createdAt > '2000-01-01' and version >= 0", "p1 p2 p3 p4"),
                // a reference compares its id; a path through it asks about the row it points to
                selecting("author = '" + A1 + "'", "p1"),
                selecting("author != '" + A1 + "'", "p2 p4"),
                selecting("author in ('" + A1 + "', '" + A2 + "')", "p1 p2"),
                selecting("author is null", "p3"),
                selecting("author.name = 'Ann'", "p1"),
                selecting("author.name ~ 'B'", "p2"),
                selecting("not author.name = 'Ann'", "p2 p3 p4"),
                selecting("author.email is null", "p4"),
                selecting("author.company.name = 'Acme'", "p1"),
                selecting("author.company.name ^~ 'glo'", "p2"),
                selecting("author.company is null", "p4"),
                // many-to-many: a path through it asks whether some linked row matches
                selecting("tags.name = 'java'", "p1"),
                selecting("tags.name = 'sql'", "p1 p2"),
                selecting("tags.name != 'java'", "p1 p2 p4"),
                selecting("not tags.name = 'java'", "p2 p3 p4"),
                selecting("tags.name ~ '%_'", "p4"),
                selecting("tags.name ^~ '50%_OFF\\'", "p4"),
                selecting("tags = '" + T2 + "'", "p1 p2"),
                selecting("tags != '" + T2 + "'", "p3 p4"),
                selecting("tags in ('" + T1 + "', '" + T3 + "')", "p1 p4"),
                selecting("tags not in ('" + T1 + "', '" + T3 + "')", "p2 p3"),
                selecting("tags is null", "p3"),
                selecting("tags is not null", "p1 p2 p4"),
                // the inverse of a reference
                selecting("comments.body ~ 'great'", "p1 p2"),
                selecting("comments.body = 'meh'", "p1"),
                selecting("comments is null", "p3 p4"),
                selecting("comments = '" + M3 + "'", "p2"),
                selecting("author.posts.tags.name = 'sql'", "p1 p2"),
                selecting("author.posts.comments is not null", "p1 p2"),
                // and, or, not, parentheses
                selecting("title ~ 'hello' and featured = false", "p2"),
                selecting("title ~ 'hello' or status = 'archived'", "p1 p2 p4"),
                selecting("not (title ~ 'hello' or status = 'archived')", "p3"),
                selecting("featured = true or rating < 4 and likes = 5", "p1 p2"),
                selecting("(featured = true or rating < 4) and likes = 10", "p1"),
                selecting("not featured = true", "p2 p4"),
                selecting("not not featured = true", "p1"),
                selecting("title ~ 'hello' and (author.name = 'Bob' or tags.name = 'java') and not comments is null", "p1 p2")
        );
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource
    void selects(String filter, String posts) {
        assertThat(select(filter, ANN)).isEqualTo(posts);
    }

    static Stream<Arguments> variables() {
        return Stream.of(
                selecting("author = $user.id", "p1"),
                selecting("author.posts.author = $user.id", "p1"),
                selecting("contact = $user.email", "p1"),
                selecting("author.email = $user.email", "p1"),
                selecting("publishedAt < $now", "p1 p4"),
                selecting("publishDay <= $now", "p1 p4"),
                selecting("publishTime > $now", "p1 p2 p4"),
                selecting("status in $user.roles", "p2 p4"),
                selecting("status not in $user.roles", "p1 p3"),
                selecting("status in ('published', $user.roles)", "p1 p2 p3 p4"),
                selecting("title in $user.roles", "")
        );
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource
    void variables(String filter, String posts) {
        assertThat(select(filter, ANN)).isEqualTo(posts);
    }

    /** Without a user, a comparison with $user.id or $user.email is never true, and $user.roles is empty. */
    static Stream<Arguments> anonymous() {
        return Stream.of(
                selecting("author = $user.id", ""),
                selecting("author != $user.id", ""),
                selecting("not author = $user.id", ""),
                selecting("author in ($user.id)", ""),
                selecting("tags = $user.id", ""),
                selecting("contact = $user.email", ""),
                selecting("status in $user.roles", ""),
                selecting("status not in $user.roles", "p1 p2 p3 p4"),
                selecting("publishedAt < $now", "p1 p4")
        );
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource
    void anonymous(String filter, String posts) {
        assertThat(select(filter, ANONYMOUS)).isEqualTo(posts);
    }

    @Test
    void noValueReachesTheSqlText() {
        List<String> leaks = new ArrayList<>();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("title = 'Hello World'", "Hello World");
        filters.put("title ~ 'zq%zq'", "zq");
        filters.put("title ^~ 'zq_'", "zq");
        filters.put("title = '''; drop table post; --'", "drop table");
        filters.put("title in ('qqq1', 'qqq2')", "qqq");
        filters.put("author.name = 'Ann'", "Ann");
        filters.put("author.company.name = 'Acme'", "Acme");
        filters.put("tags.name ~ 'java'", "java");
        filters.put("comments.body = 'meh'", "meh");
        filters.put("likes = 12345", "12345");
        filters.put("rating > 4.5", "4.5");
        filters.put("publishedAt > '2024-01-01'", "2024");
        filters.put("externalId = '" + X1 + "'", X1.toString());
        filters.put("author = $user.id", A1.toString());
        filters.put("contact = $user.email", "ann@");
        filters.put("status in $user.roles", "draft");
        filters.put("tags != '" + T2 + "'", T2.toString());
        for (Map.Entry<String, String> entry : filters.entrySet()) {
            String rendered = DSL.using(SQLDialect.POSTGRES).render(compile(entry.getKey(), ANN, post()));
            if (rendered.contains(entry.getValue()) || !rendered.contains("?")) {
                leaks.add(entry.getKey() + " -> " + rendered);
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void relationsBecomeExistsSubqueriesWithTheirOwnAliases() {
        assertThat(render("author.company.name = 'Acme'")).isEqualTo("exists (select 1 as \"one\" from \"author\" as \"f1\" "
                + "where (\"f1\".\"id\" = \"p\".\"author_id\" and exists (select 1 as \"one\" from \"company\" as \"f2\" "
                + "where (\"f2\".\"id\" = \"f1\".\"company_id\" and \"f2\".\"name\" = ?))))");
        assertThat(render("tags.name = 'java'")).isEqualTo("exists (select 1 as \"one\" from \"post_tags\" as \"f1\" "
                + "join \"tag\" as \"f2\" on \"f2\".\"id\" = \"f1\".\"target_id\" "
                + "where (\"f1\".\"source_id\" = \"p\".\"id\" and \"f2\".\"name\" = ?))");
        assertThat(render("comments.body = 'meh'")).isEqualTo("exists (select 1 as \"one\" from \"comment\" as \"f1\" "
                + "where (\"f1\".\"post_id\" = \"p\".\"id\" and \"f1\".\"body\" = ?))");
        assertThat(render("title ~ 'a' and author.name = 'Ann' and tags is null")).contains("\"f1\"", "\"f2\"", "\"f3\"");
    }

    @Test
    void aRowFilterJoinsEverySubqueryOfItsEntity() {
        List<String> seen = new ArrayList<>();
        RowFilter noSqlTagsNorAnn = (entity, alias) -> {
            seen.add(entity.name());
            return switch (entity.name()) {
                case "tag" -> DSL.field(alias.getQualifiedName().append("name"), String.class).ne("sql");
                case "author" -> DSL.field(alias.getQualifiedName().append("name"), String.class).ne("Ann");
                default -> DSL.noCondition();
            };
        };
        assertThat(select("tags.name = 'sql'", noSqlTagsNorAnn)).isEqualTo("");
        assertThat(select("tags = '" + T2 + "'", noSqlTagsNorAnn)).isEqualTo("");
        assertThat(select("tags is not null", noSqlTagsNorAnn)).isEqualTo("p1 p4");
        assertThat(select("author.name = 'Ann'", noSqlTagsNorAnn)).isEqualTo("");
        assertThat(select("author.name ~ 'o'", noSqlTagsNorAnn)).isEqualTo("p2");
        assertThat(select("author.company.name = 'Acme'", noSqlTagsNorAnn)).isEqualTo("");
        assertThat(select("author = '" + A1 + "'", noSqlTagsNorAnn)).isEqualTo("p1");
        assertThat(seen).containsExactly("tag", "tag", "tag", "author", "author", "author", "company");
    }

    @Test
    void aFilterCompiledInsideAnotherFiltersSubqueryNumbersItsAliasesOnward() {
        CheckedFilter ofAcme = Filters.check("company.name = 'Acme'", BlogModel.INDEX, BlogModel.named("author"));
        RowFilter authorsOfAcme = (entity, alias) -> entity.name().equals("author")
                ? Filters.compile(ofAcme, alias, ANN) : DSL.noCondition();
        CheckedFilter byAnn = Filters.check("author.name = 'Ann'", BlogModel.INDEX, BlogModel.post());
        Condition condition = Filters.compile(byAnn, post(), ANN, authorsOfAcme);
        assertThat(DSL.using(SQLDialect.POSTGRES).render(condition)).isEqualTo("exists (select 1 as \"one\" from "
                + "\"author\" as \"f1\" where (\"f1\".\"id\" = \"p\".\"author_id\" and exists (select 1 as \"one\" "
                + "from \"company\" as \"f2\" where (\"f2\".\"id\" = \"f1\".\"company_id\" and \"f2\".\"name\" = ?)) "
                + "and \"f1\".\"name\" = ?))");
        assertThat(select(condition)).isEqualTo("p1");
        assertThat(FilterCompiler.aliasNumber("f12")).isEqualTo(12);
        assertThat(FilterCompiler.aliasNumber("t0")).isZero();
        assertThat(FilterCompiler.aliasNumber("f")).isZero();
        assertThat(FilterCompiler.aliasNumber("f1x")).isZero();
    }

    @Test
    void anUnaliasedRootTableWorksToo() {
        Condition condition = compile("author.name = 'Bob' or title ~ 'world'", ANN, DSL.table(DSL.name("post")));
        List<String> posts = sql.select(DSL.field(DSL.name("post", "id"), UUID.class)).from(DSL.table(DSL.name("post")))
                .where(condition).fetch(0, UUID.class).stream().map(POSTS::get).sorted().toList();
        assertThat(posts).containsExactly("p1", "p2");
    }

    @Test
    void aCheckedFilterCompilesAgainForEachCaller() {
        CheckedFilter mine = Filters.check("author = $user.id", BlogModel.INDEX, BlogModel.post());
        Variables bob = new Variables(A2, "bob@example.com", Set.of(), ANN.now());
        assertThat(select(Filters.compile(mine, post(), ANN))).isEqualTo("p1");
        assertThat(select(Filters.compile(mine, post(), bob))).isEqualTo("p2");
    }

    private static Table<?> post() {
        return DSL.table(DSL.name("post")).as(DSL.name("p"));
    }

    private static Condition compile(String filter, Variables variables, Table<?> root) {
        return Filters.compile(Filters.check(filter, BlogModel.INDEX, BlogModel.post()), root, variables);
    }

    private static String render(String filter) {
        return DSL.using(SQLDialect.POSTGRES).render(compile(filter, ANN, post()));
    }

    private static String select(String filter, Variables variables) {
        return select(compile(filter, variables, post()));
    }

    private static String select(String filter, RowFilter rowFilter) {
        CheckedFilter checked = Filters.check(filter, BlogModel.INDEX, BlogModel.post());
        return select(Filters.compile(checked, post(), ANN, rowFilter));
    }

    private static String select(Condition condition) {
        Table<?> post = post();
        return String.join(" ", sql.select(DSL.field(post.getQualifiedName().append("id"), UUID.class)).from(post)
                .where(condition).fetch(0, UUID.class).stream().map(POSTS::get).sorted().toList());
    }

    private static void insert(String table, Object... columnsAndValues) {
        List<Field<Object>> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            columns.add(DSL.field(DSL.name((String) columnsAndValues[i])));
            values.add(columnsAndValues[i + 1]);
        }
        sql.insertInto(DSL.table(DSL.name(table)), columns).values(values).execute();
    }

    private static void link(UUID post, UUID tag) {
        insert("post_tags", "source_id", post, "target_id", tag);
    }

    private static UUID id(int n) {
        return new UUID(0, n);
    }

    private static Arguments selecting(String filter, String posts) {
        return Arguments.of(filter, posts);
    }
}
