package dev.plinth.query.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Filters checked against {@link BlogModel}: what each resolves to (relations crossed, columns, typed values),
 * which operators each type takes, and every problem with its code, column and message.
 */
class CheckerTest {

    private static final String U1 = "0190a5e4-6b1c-7d2e-8f30-1a2b3c4d5e6f";
    private static final String U2 = "0190a5e4-6b1c-7d2e-8f30-1a2b3c4d5e70";

    static Stream<Arguments> resolves() {
        return Stream.of(
                resolving("post", "title = 'Hello'", "(= title:VARCHAR 'Hello')"),
                resolving("post", "title = ''", "(= title:VARCHAR '')"),
                resolving("post", "body ~ 'x'", "(~ body:TEXT 'x')"),
                resolving("post", "rating >= 4.5", "(>= rating:NUMERIC 4.5:BigDecimal)"),
                resolving("post", "rating = 4", "(= rating:NUMERIC 4:BigDecimal)"),
                resolving("post", "rating = '4.5'", "(= rating:NUMERIC 4.5:BigDecimal)"),
                resolving("post", "likes < 3", "(< likes:INTEGER 3:Integer)"),
                resolving("post", "views > 3000000000", "(> views:BIGINT 3000000000:Long)"),
                resolving("post", "featured = true", "(= featured:BOOLEAN true:Boolean)"),
                resolving("post", "publishedAt > '2024-01-01'", "(> published_at:TIMESTAMPTZ 2024-01-01T00:00Z:OffsetDateTime)"),
                resolving("post", "publishedAt <= '2024-01-01T10:00:00+02:00'", "(<= published_at:TIMESTAMPTZ 2024-01-01T10:00+02:00:OffsetDateTime)"),
                resolving("post", "publishDay = '2024-02-29'", "(= publish_day:DATE 2024-02-29:LocalDate)"),
                resolving("post", "publishTime < '10:30'", "(< publish_time:TIME 10:30:LocalTime)"),
                resolving("post", "externalId = '" + U1 + "'", "(= external_id:UUID " + U1 + ":UUID)"),
                resolving("post", "contact = 'ann@example.com'", "(= contact:VARCHAR 'ann@example.com')"),
                resolving("post", "contact ~ 'example'", "(~ contact:VARCHAR 'example')"),
                resolving("post", "link ^~ 'https://'", "(^~ link:VARCHAR 'https://')"),
                resolving("post", "status = 'draft'", "(= status:VARCHAR 'draft')"),
                resolving("post", "status ~ 'pub'", "(~ status:VARCHAR 'pub')"),
                resolving("post", "status in ('draft', 'published')", "(in status:VARCHAR 'draft' 'published')"),
                resolving("post", "status not in ('archived')", "(not-in status:VARCHAR 'archived')"),
                resolving("post", "extra is not null", "(is-not-null extra:JSONB)"),
                resolving("post", "extra = null", "(is-null extra:JSONB)"),
                resolving("post", "id = '" + U1 + "'", "(= id:UUID " + U1 + ":UUID)"),
                resolving("post", "createdAt < '2024-01-01'", "(< created_at:TIMESTAMPTZ 2024-01-01T00:00Z:OffsetDateTime)"),
                resolving("post", "version >= 2", "(>= version:INTEGER 2:Integer)"),
                resolving("post", "createdBy = $user.id", "(= created_by:UUID $user.id)"),
                resolving("post", "author = '" + U1 + "'", "(= author_id:UUID " + U1 + ":UUID)"),
                resolving("post", "author != $user.id", "(!= author_id:UUID $user.id)"),
                resolving("post", "author in ('" + U1 + "', $user.id)", "(in author_id:UUID " + U1 + ":UUID $user.id)"),
                resolving("post", "author is null", "(is-null author_id:UUID)"),
                resolving("post", "author.name = 'Ann'", "(through author (= name:VARCHAR 'Ann'))"),
                resolving("post", "author.id = '" + U1 + "'", "(through author (= id:UUID " + U1 + ":UUID))"),
                resolving("post", "author.company.name ^~ 'Ac'", "(through author (through company (^~ name:VARCHAR 'Ac')))"),
                resolving("post", "author.company is null", "(through author (is-null company_id:UUID))"),
                resolving("post", "author.posts.tags.name = 'x'", "(through author (through posts (through tags (= name:VARCHAR 'x'))))"),
                resolving("post", "tags.name ~ 'java'", "(through tags (~ name:VARCHAR 'java'))"),
                resolving("post", "comments.body ~ 'x'", "(through comments (~ body:TEXT 'x'))"),
                resolving("post", "tags = '" + U1 + "'", "(through tags (= id:UUID " + U1 + ":UUID))"),
                resolving("post", "tags != '" + U1 + "'", "(not (through tags (= id:UUID " + U1 + ":UUID)))"),
                resolving("post", "tags in ('" + U1 + "', '" + U2 + "')", "(through tags (in id:UUID " + U1 + ":UUID " + U2 + ":UUID))"),
                resolving("post", "tags not in ('" + U1 + "')", "(not (through tags (in id:UUID " + U1 + ":UUID)))"),
                resolving("post", "tags is null", "(not (through tags (always)))"),
                resolving("post", "tags is not null", "(through tags (always))"),
                resolving("post", "comments = $user.id", "(through comments (= id:UUID $user.id))"),
                resolving("author", "posts.title = 'x'", "(through posts (= title:VARCHAR 'x'))"),
                resolving("author", "posts is null", "(not (through posts (always)))"),
                resolving("company", "staff.posts.comments.body ~ 'x'", "(through staff (through posts (through comments (~ body:TEXT 'x'))))"),
                resolving("post", "contact = $user.email", "(= contact:VARCHAR $user.email)"),
                resolving("post", "title = $user.id", "(= title:VARCHAR $user.id)"),
                resolving("post", "body = $user.email", "(= body:TEXT $user.email)"),
                resolving("post", "publishedAt < $now", "(< published_at:TIMESTAMPTZ $now)"),
                resolving("post", "publishDay <= $now", "(<= publish_day:DATE $now)"),
                resolving("post", "publishTime > $now", "(> publish_time:TIME $now)"),
                resolving("post", "title in $user.roles", "(in title:VARCHAR $user.roles)"),
                resolving("post", "status not in ('draft', $user.roles)", "(not-in status:VARCHAR 'draft' $user.roles)"),
                resolving("post", "title ~ $user.email", "(~ title:VARCHAR $user.email)"),
                resolving("post", "not (title = 'a' and likes = 1) or featured = false",
                        "(or (not (and (= title:VARCHAR 'a') (= likes:INTEGER 1:Integer))) (= featured:BOOLEAN false:Boolean))"),
                resolving("post", "title = 'a' and (author.name = 'b' or tags is null)",
                        "(and (= title:VARCHAR 'a') (or (through author (= name:VARCHAR 'b')) (not (through tags (always)))))")
        );
    }

    @ParameterizedTest(name = "{index}: {0}: {1}")
    @MethodSource
    void resolves(String root, String filter, String resolved) {
        CheckedFilter checked = Filters.check(filter, BlogModel.INDEX, BlogModel.named(root));
        assertThat(ResolvedText.of(checked.resolved())).isEqualTo(resolved);
        assertThat(checked.root()).isEqualTo(BlogModel.named(root));
    }

    static Stream<Arguments> fails() {
        return Stream.of(
                failing("titel = 'a'", "filter.unknown-field@1: post has no field 'titel'; did you mean 'title'?"),
                failing("xyz = 1", "filter.unknown-field@1: post has no field 'xyz'"),
                failing("author.nmae = 'a'", "filter.unknown-field@8: author has no field 'nmae'; did you mean 'name'?"),
                failing("author.company.nam = 'a'", "filter.unknown-field@16: company has no field 'nam'; did you mean 'name'?"),
                failing("tags.title = 'a'", "filter.unknown-field@6: tag has no field 'title'"),
                failing("Title = 'a'", "filter.unknown-field@1: post has no field 'Title'; did you mean 'title'?"),
                failing("title.name = 'a'", "filter.not-a-relation@1: 'title' is a string field of post, not a relation: 'title.name' cannot go past it"),
                failing("author.name.first = 'a'", "filter.not-a-relation@8: 'name' is a string field of author, not a relation: 'author.name.first' cannot go past it"),
                failing("extra.colour = 'red'", "filter.not-a-relation@1: 'extra' is a json field of post, not a relation: 'extra.colour' cannot go past it"),
                failing("rating ~ '4'", "filter.operator@8: '~' does not apply to rating, a decimal field; use =, !=, <, <=, >, >=, in, not in, is null or is not null"),
                failing("likes ^~ '4'", "filter.operator@7: '^~' does not apply to likes, an integer field; use =, !=, <, <=, >, >=, in, not in, is null or is not null"),
                failing("featured < true", "filter.operator@10: '<' does not apply to featured, a boolean field; use =, !=, in, not in, is null or is not null"),
                failing("externalId >= '" + U1 + "'", "filter.operator@12: '>=' does not apply to externalId, a uuid field; use =, !=, in, not in, is null or is not null"),
                failing("author < '" + U1 + "'", "filter.operator@8: '<' does not apply to author, a reference to author; use =, !=, in, not in, is null or is not null"),
                failing("tags ~ 'x'", "filter.operator@6: '~' does not apply to tags, a to-many relation to tag; use =, !=, in, not in, is null or is not null"),
                failing("status < 'draft'", "filter.operator@8: '<' does not apply to status, an enum field; use =, !=, ~, !~, ^~, in, not in, is null or is not null"),
                failing("extra = 'x'", "filter.operator@7: '=' does not apply to extra, a json field; it can only be tested with is null and is not null"),
                failing("extra in ('x')", "filter.operator@7: 'in' does not apply to extra, a json field; it can only be tested with is null and is not null"),
                failing("extra not in ('x')", "filter.operator@7: 'not in' does not apply to extra, a json field; it can only be tested with is null and is not null"),
                failing("publishedAt > 'yesterday'", "filter.value@15: 'yesterday' does not fit publishedAt: must be a date and time such as 2024-05-31T14:30:00Z"),
                failing("rating = 'abc'", "filter.value@10: 'abc' does not fit rating: must be a decimal number such as 12.50"),
                failing("rating = 4.25", "filter.value@10: 4.25 does not fit rating: must have at most 1 digits after the decimal point"),
                failing("rating > 100", "filter.value@10: 100 does not fit rating: must have at most 2 digits before the decimal point"),
                failing("likes = 2.5", "filter.value@9: 2.5 does not fit likes: must be a whole number between -2147483648 and 2147483647"),
                failing("likes = '3'", "filter.value@9: '3' does not fit likes: must be a whole number between -2147483648 and 2147483647"),
                failing("likes = 3000000000", "filter.value@9: 3000000000 does not fit likes: must be a whole number between -2147483648 and 2147483647"),
                failing("likes = 1e3", "filter.value@9: 1e3 does not fit likes: must be a whole number between -2147483648 and 2147483647"),
                failing("views = true", "filter.value@9: true does not fit views: must be a whole number between -9223372036854775808 and 9223372036854775807"),
                failing("status = 'deleted'", "filter.value@10: 'deleted' does not fit status: must be one of draft, published, archived"),
                failing("status in ('draft', 'deleted')", "filter.value@21: 'deleted' does not fit status: must be one of draft, published, archived"),
                failing("title = 5", "filter.value@9: 5 does not fit title: must be a text value"),
                failing("title = 'a\u0000b'", "filter.value@9: 'a\u0000b' does not fit title: must not contain the NUL character"),
                failing("featured = 'yes'", "filter.value@12: 'yes' does not fit featured: must be true or false"),
                failing("featured = 1", "filter.value@12: 1 does not fit featured: must be true or false"),
                failing("author = 'ann'", "filter.value@10: 'ann' does not fit author: must be the id of a row in author"),
                failing("tags = 'java'", "filter.value@8: 'java' does not fit tags: must be the id of a row in tag"),
                failing("comments not in ('" + U1 + "', 7)", "filter.value@58: 7 does not fit comments: must be the id of a row in comment"),
                failing("externalId = 'x'", "filter.value@14: 'x' does not fit externalId: must be a UUID such as 0190a5e4-6b1c-7d2e-8f30-1a2b3c4d5e6f"),
                failing("publishDay = '2024-13-01'", "filter.value@14: '2024-13-01' does not fit publishDay: must be a date such as 2024-05-31"),
                failing("publishTime = '25:00'", "filter.value@15: '25:00' does not fit publishTime: must be a time of day such as 14:30"),
                failing("contact = 'nope'", "filter.value@11: 'nope' does not fit contact: must be an email address such as name@example.com"),
                failing("link = 'ftp://x'", "filter.value@8: 'ftp://x' does not fit link: must be an http or https address such as https://example.com/page"),
                failing("title ~ 5", "filter.value@9: 5 does not fit ~ on title: must be a text in quotes, without the NUL character"),
                failing("title !~ true", "filter.value@10: true does not fit !~ on title: must be a text in quotes, without the NUL character"),
                failing("title = '" + "x".repeat(70) + "' and likes = 'x'",
                        "filter.value@94: 'x' does not fit likes: must be a whole number between -2147483648 and 2147483647"),
                failing("likes = '" + "9".repeat(70) + "'",
                        "filter.value@9: '" + "9".repeat(60) + "…' does not fit likes: must be a whole number between -2147483648 and 2147483647"),
                failing("author = $user.name", "filter.variable@10: $user.name is not a variable Plinth knows; use one of $now, $user.email, $user.id, $user.roles"),
                failing("title = $now", "filter.variable@9: $now cannot stand for title, a string field; $now fits date, datetime and time fields"),
                failing("rating = $user.id", "filter.variable@10: $user.id cannot stand for rating, a decimal field; $user.id fits uuid, reference, references, string and text fields"),
                failing("publishedAt < $user.email", "filter.variable@15: $user.email cannot stand for publishedAt, a datetime field; $user.email fits string, email and text fields"),
                failing("author = $user.email", "filter.variable@10: $user.email cannot stand for author, a reference to author; $user.email fits string, email and text fields"),
                failing("title = $user.roles", "filter.variable@9: $user.roles is a list of role names; use it only as the list of in, as in: title in $user.roles"),
                failing("rating in $user.roles", "filter.variable@11: $user.roles cannot stand for rating, a decimal field; $user.roles fits string, text and enum fields"),
                failing("xyz = $nope", "filter.unknown-field@1: post has no field 'xyz'",
                        "filter.variable@7: $nope is not a variable Plinth knows; use one of $now, $user.email, $user.id, $user.roles"),
                failing("titel = 'a' and rating ~ 'x' or (publishedAt > 'yesterday' and not author.nme is null) or status in ('x', $me)",
                        "filter.unknown-field@1: post has no field 'titel'; did you mean 'title'?",
                        "filter.operator@24: '~' does not apply to rating, a decimal field; use =, !=, <, <=, >, >=, in, not in, is null or is not null",
                        "filter.value@48: 'yesterday' does not fit publishedAt: must be a date and time such as 2024-05-31T14:30:00Z",
                        "filter.unknown-field@75: author has no field 'nme'; did you mean 'name'?",
                        "filter.value@102: 'x' does not fit status: must be one of draft, published, archived",
                        "filter.variable@107: $me is not a variable Plinth knows; use one of $now, $user.email, $user.id, $user.roles")
        );
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource
    void fails(String filter, List<String> problems) {
        assertThatThrownBy(() -> Filters.check(filter, BlogModel.INDEX, BlogModel.post()))
                .isInstanceOfSatisfying(FilterException.class, e -> assertThat(e.problems().stream()
                        .map(p -> p.code() + "@" + p.position() + ": " + p.message()).toList())
                        .containsExactlyElementsOf(problems));
    }

    /** A field of each type, a value it takes, and the operators it allows besides in, not in and the null checks. */
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("title", "'a'"), Map.entry("body", "'a'"), Map.entry("contact", "'a@example.com'"),
            Map.entry("link", "'https://example.com'"), Map.entry("status", "'draft'"), Map.entry("likes", "3"),
            Map.entry("views", "3"), Map.entry("rating", "4.5"), Map.entry("featured", "true"),
            Map.entry("publishDay", "'2024-01-01'"), Map.entry("publishedAt", "'2024-01-01T10:00:00Z'"),
            Map.entry("publishTime", "'10:00'"), Map.entry("externalId", "'" + U1 + "'"), Map.entry("extra", "'x'"),
            Map.entry("author", "'" + U1 + "'"), Map.entry("tags", "'" + U1 + "'"), Map.entry("comments", "'" + U1 + "'"),
            Map.entry("id", "'" + U1 + "'"), Map.entry("createdAt", "'2024-01-01'"), Map.entry("version", "1"));

    private static final Set<String> ALL = Set.of("=", "!=", "<", "<=", ">", ">=", "~", "!~", "^~");
    private static final Set<String> ORDERED = Set.of("=", "!=", "<", "<=", ">", ">=");
    private static final Set<String> EQUALITY = Set.of("=", "!=");
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("title", ALL), Map.entry("body", ALL), Map.entry("contact", ALL), Map.entry("link", ALL),
            Map.entry("status", Set.of("=", "!=", "~", "!~", "^~")),
            Map.entry("likes", ORDERED), Map.entry("views", ORDERED), Map.entry("rating", ORDERED),
            Map.entry("publishDay", ORDERED), Map.entry("publishedAt", ORDERED), Map.entry("publishTime", ORDERED),
            Map.entry("createdAt", ORDERED), Map.entry("version", ORDERED),
            Map.entry("featured", EQUALITY), Map.entry("externalId", EQUALITY), Map.entry("id", EQUALITY),
            Map.entry("author", EQUALITY), Map.entry("tags", EQUALITY), Map.entry("comments", EQUALITY),
            Map.entry("extra", Set.of()));

    @Test
    void everyOperatorOnEveryType() {
        List<String> wrong = new ArrayList<>();
        for (String field : ALLOWED.keySet()) {
            Set<String> allowed = ALLOWED.get(field);
            for (String operator : ALL) {
                expect(wrong, field + " " + operator + " " + SAMPLES.get(field), allowed.contains(operator));
            }
            expect(wrong, field + " in (" + SAMPLES.get(field) + ")", !allowed.isEmpty());
            expect(wrong, field + " not in (" + SAMPLES.get(field) + ")", !allowed.isEmpty());
            expect(wrong, field + " is null", true);
            expect(wrong, field + " is not null", true);
        }
        assertThat(wrong).isEmpty();
    }

    private static void expect(List<String> wrong, String filter, boolean allowed) {
        try {
            Filters.check(filter, BlogModel.INDEX, BlogModel.post());
            if (!allowed) {
                wrong.add(filter + " was allowed");
            }
        } catch (FilterException e) {
            if (allowed || !e.problems().get(0).code().equals(FilterProblem.OPERATOR)) {
                wrong.add(filter + ": " + e.getMessage());
            }
        }
    }

    @Test
    void aCheckedFilterKeepsItsSyntaxTree() {
        Expression parsed = Filters.parse("title = 'a'");
        assertThat(Filters.check(parsed, BlogModel.INDEX, BlogModel.post()).expression()).isSameAs(parsed);
    }

    @Test
    void aFilterReadsTheClockWhenAnyOfItsValuesIsNow() {
        assertThat(Filters.check("publishedAt < $now", BlogModel.INDEX, BlogModel.post()).readsTheClock()).isTrue();
        assertThat(Filters.check("title = 'a' or not (title = 'b' and publishedAt in ('2024-01-01T00:00:00Z', $now))",
                BlogModel.INDEX, BlogModel.post()).readsTheClock()).isTrue();
        assertThat(Filters.check("title = '$now' and publishedAt is null", BlogModel.INDEX, BlogModel.post())
                .readsTheClock()).isFalse();
        assertThat(Filters.check("author.id = $user.id", BlogModel.INDEX, BlogModel.post()).readsTheClock()).isFalse();
    }

    @Test
    void aCheckedFilterListsEveryMemberItNamesWithItsEntity() {
        CheckedFilter checked = Filters.check("title = 'a' or author.company.name = 'Acme' and not tags is null",
                BlogModel.INDEX, BlogModel.post());
        assertThat(checked.members()).extracting(u -> u.entity().name() + "." + u.member().name() + " " + u.path()
                        + " @" + u.position())
                .containsExactly("post.title title @1", "post.author author @16", "author.company author.company @23",
                        "company.name author.company.name @31", "post.tags tags @53");
    }

    @Test
    void parseProblemsComeOutOfCheckToo() {
        assertThatThrownBy(() -> Filters.check("title = ", BlogModel.INDEX, BlogModel.post()))
                .isInstanceOfSatisfying(FilterException.class, e -> assertThat(e.problems())
                        .containsExactly(new FilterProblem(FilterProblem.SYNTAX, 9, "expected a value after =, found the end of the filter")));
    }

    private static Arguments resolving(String root, String filter, String resolved) {
        return Arguments.of(root, filter, resolved);
    }

    private static Arguments failing(String filter, String... problems) {
        return Arguments.of(filter, List.of(problems));
    }
}
