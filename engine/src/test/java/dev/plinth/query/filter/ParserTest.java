package dev.plinth.query.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Filters as text against the syntax tree the parser makes of them, printed in the tree's compact prefix form,
 * and broken filters against their exact problem.
 */
class ParserTest {

    static Stream<Arguments> good() {
        return Stream.of(
                parses("title = 'a'", "(= title 'a')"),
                parses("title='a'", "(= title 'a')"),
                parses("  title   =   'a'  ", "(= title 'a')"),
                parses("title = \"a\"", "(= title 'a')"),
                parses("title != 'a'", "(!= title 'a')"),
                parses("rating < 3", "(< rating 3)"),
                parses("rating <= 3", "(<= rating 3)"),
                parses("rating > -3", "(> rating -3)"),
                parses("rating >= 4.5", "(>= rating 4.5)"),
                parses("rating = -0.25e-3", "(= rating -0.25e-3)"),
                parses("rating = 1E6", "(= rating 1E6)"),
                parses("title ~ 'java'", "(~ title 'java')"),
                parses("title !~ 'java'", "(!~ title 'java')"),
                parses("title ^~ 'How'", "(^~ title 'How')"),
                parses("featured = true", "(= featured true)"),
                parses("featured = FALSE", "(= featured false)"),
                parses("author is null", "(is-null author)"),
                parses("author IS NOT NULL", "(is-not-null author)"),
                parses("author = null", "(is-null author)"),
                parses("author != null", "(is-not-null author)"),
                parses("status in ('draft', 'published')", "(in status 'draft' 'published')"),
                parses("status not in ('draft')", "(not-in status 'draft')"),
                parses("status NOT IN ('a','b','c')", "(not-in status 'a' 'b' 'c')"),
                parses("rating in (1, 2.5, -3)", "(in rating 1 2.5 -3)"),
                parses("title in $user.roles", "(in title $user.roles)"),
                parses("title in ('admin', $user.roles)", "(in title 'admin' $user.roles)"),
                parses("author = $user.id", "(= author $user.id)"),
                parses("email = $user.email", "(= email $user.email)"),
                parses("publishedAt < $now", "(< publishedAt $now)"),
                parses("author.name = 'Ann'", "(= author.name 'Ann')"),
                parses("tags.name ~ 'j'", "(~ tags.name 'j')"),
                parses("author.company.country.name = 'NL'", "(= author.company.country.name 'NL')"),
                parses("a = 1 and b = 2", "(and (= a 1) (= b 2))"),
                parses("a = 1 AND b = 2 and c = 3", "(and (= a 1) (= b 2) (= c 3))"),
                parses("a = 1 or b = 2 Or c = 3", "(or (= a 1) (= b 2) (= c 3))"),
                parses("a = 1 or b = 2 and c = 3", "(or (= a 1) (and (= b 2) (= c 3)))"),
                parses("a = 1 and b = 2 or c = 3", "(or (and (= a 1) (= b 2)) (= c 3))"),
                parses("(a = 1 or b = 2) and c = 3", "(and (or (= a 1) (= b 2)) (= c 3))"),
                parses("(a = 1 and b = 2) and c = 3", "(and (= a 1) (= b 2) (= c 3))"),
                parses("a = 1 and (b = 2 and c = 3)", "(and (= a 1) (= b 2) (= c 3))"),
                parses("not a = 1", "(not (= a 1))"),
                parses("NOT a = 1 and b = 2", "(and (not (= a 1)) (= b 2))"),
                parses("not (a = 1 and b = 2)", "(not (and (= a 1) (= b 2)))"),
                parses("not not a = 1", "(not (not (= a 1)))"),
                parses("((a = 1))", "(= a 1)"),
                parses("title = 'it''s'", "(= title 'it''s')"),
                parses("title = \"say \"\"hi\"\"\"", "(= title 'say \"hi\"')"),
                parses("title = \"it's\"", "(= title 'it''s')"),
                parses("title = ''", "(= title '')"),
                parses("title = 'back\\slash'", "(= title 'back\\slash')"),
                parses("title = 'Ærø ☕ 日本 \uD83D\uDE00'", "(= title 'Ærø ☕ 日本 \uD83D\uDE00')"),
                parses("title = '''; drop table post; --'", "(= title '''; drop table post; --')"),
                parses("title = 'Robert''); DROP TABLE post;--'", "(= title 'Robert''); DROP TABLE post;--')"),
                parses("title = 'x'' or ''1''=''1'", "(= title 'x'' or ''1''=''1')"),
                parses("title = 'and or not in is null'", "(= title 'and or not in is null')"),
                parses("title = 'line\nbreak'", "(= title 'line\nbreak')"),
                parses("_x = 1", "(= _x 1)"),
                parses("title\t=\n'a'", "(= title 'a')")
        );
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource
    void good(String text, String tree) {
        assertThat(Filters.parse(text)).hasToString(tree);
    }

    static Stream<Arguments> bad() {
        return Stream.of(
                fails("", 1, "filter.syntax", "the filter is empty"),
                fails("   ", 1, "filter.syntax", "the filter is empty"),
                fails("title = 'abc", 9, "filter.syntax", "the text starting at column 9 is not closed with '"),
                fails("title = \"abc", 9, "filter.syntax", "the text starting at column 9 is not closed with \""),
                fails("title = 'it''", 9, "filter.syntax", "the text starting at column 9 is not closed with '"),
                fails("title = 'a' and", 16, "filter.syntax", "expected a condition after 'and', found the end of the filter"),
                fails("title = 'a' or or b = 1", 16, "filter.syntax", "expected a condition after 'or', found 'or'"),
                fails("and title = 'a'", 1, "filter.syntax", "expected a condition, found 'and'"),
                fails("status in ()", 12, "filter.syntax", "the list after in is empty; give at least one value"),
                fails("status in ('a',)", 16, "filter.syntax", "expected a value after a comma, found )"),
                fails("status in ('a' 'b')", 16, "filter.syntax", "expected a comma or ) in the list after in, found the text 'b'"),
                fails("status in 'a'", 11, "filter.syntax", "expected ( and a list of values after in, found the text 'a'"),
                fails("status in ('a', null)", 17, "filter.syntax", "null cannot be in the list after in; add 'or ... is null' instead"),
                fails("status not 'a'", 12, "filter.syntax", "expected in after not, found the text 'a'"),
                fails("title == 'a'", 7, "filter.syntax", "unknown operator '=='; write = to compare"),
                fails("title <> 'a'", 7, "filter.syntax", "unknown operator '<>'; write != for not equal"),
                fails("a = 1 && b = 2", 7, "filter.syntax", "unknown operator '&&'; write and"),
                fails("a = 1 || b = 2", 7, "filter.syntax", "unknown operator '||'; write or"),
                fails("title ! 'a'", 7, "filter.syntax", "unknown operator '!'; write != (not equal), !~ (does not contain) or not"),
                fails("title ^ 'a'", 7, "filter.syntax", "unknown operator '^'; write ^~ (starts with)"),
                fails("title =", 8, "filter.syntax", "expected a value after =, found the end of the filter"),
                fails("title = and", 9, "filter.syntax", "expected a value after =, found 'and'"),
                fails("title = other", 9, "filter.syntax", "expected a value after =, found the name other"),
                fails("title", 6, "filter.syntax", "expected an operator after title, found the end of the filter; operators are = != < <= > >= ~ !~ ^~ in, not in, is null, is not null"),
                fails("title 'a'", 7, "filter.syntax", "expected an operator after title, found the text 'a'; operators are = != < <= > >= ~ !~ ^~ in, not in, is null, is not null"),
                fails("'a' = title", 1, "filter.syntax", "a condition starts with a field name, not the text 'a'; write the field first, as in title = 'a'"),
                fails("5 < rating", 1, "filter.syntax", "a condition starts with a field name, not the number 5; write the field first, as in title = 'a'"),
                fails("$user.id = author", 1, "filter.syntax", "a condition starts with a field name, not the variable $user.id; write the field first, as in title = 'a'"),
                fails("title = 'a' 'b'", 13, "filter.syntax", "expected and, or or the end of the filter after a condition, found the text 'b'"),
                fails("title = 'a')", 12, "filter.syntax", "there is a ) too many here"),
                fails("(title = 'a'", 13, "filter.syntax", "expected ) to close the ( at column 1, found the end of the filter"),
                fails("()", 2, "filter.syntax", "expected a condition after (, found )"),
                fails("author is 'x'", 11, "filter.syntax", "expected null after is, found the text 'x'"),
                fails("author is not 5", 15, "filter.syntax", "expected null after is not, found the number 5"),
                fails("rating < null", 10, "filter.syntax", "null cannot follow <; write rating is null or rating is not null"),
                fails("title ~ null", 9, "filter.syntax", "null cannot follow ~; write title is null or title is not null"),
                fails("title = ''; drop table post; --'", 11, "filter.syntax", "unexpected character ';'"),
                fails("title = 'a'; drop table post", 12, "filter.syntax", "unexpected character ';'"),
                fails("author. = 1", 8, "filter.syntax", "a name is missing after the dot in 'author.'"),
                fails("author..name = 1", 8, "filter.syntax", "a name is missing after the dot in 'author.'"),
                fails("rating = 1.", 10, "filter.syntax", "the number 1. needs digits after its point"),
                fails("rating = 1e", 10, "filter.syntax", "the number 1e needs digits after its exponent"),
                fails("rating = 12abc", 12, "filter.syntax", "unexpected 'a' after the number 12; put a space between a number and what follows"),
                fails("rating = 1.2.3", 13, "filter.syntax", "unexpected '.' after the number 1.2; put a space between a number and what follows"),
                fails("rating = 1e99999999999", 10, "filter.syntax", "the number 1e99999999999 is out of range"),
                fails("rating = - 1", 10, "filter.syntax", "a minus sign must be followed by the digits of a number"),
                fails("author = $", 10, "filter.syntax", "a variable name is missing after $, as in $user.id"),
                fails("title = 'é' and é = 1", 17, "filter.syntax", "unexpected character 'é'"),
                fails("title = '\uD83D\uDE00' @", 13, "filter.syntax", "unexpected character '@'"),
                fails("title = 'a' \u0007", 13, "filter.syntax", "unexpected control character U+0007"),
                fails("title\u00A0= 'a'", 6, "filter.syntax", "unexpected invisible character U+00A0; type a plain space instead"),
                fails("title =\u200B'a'", 8, "filter.syntax", "unexpected invisible character U+200B; type a plain space instead"),
                fails("a.b.c.d.e = 1", 1, "filter.too-complex", "the path a.b.c.d.e has 5 names; the limit is 4")
        );
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource
    void bad(String text, int position, String code, String message) {
        assertThatThrownBy(() -> Filters.parse(text))
                .isInstanceOfSatisfying(FilterException.class, e ->
                        assertThat(e.problems()).containsExactly(new FilterProblem(code, position, message)));
    }

    @Test
    void everyNodeKnowsItsColumn() {
        Expression.Or or = (Expression.Or) Filters.parse("title = 'a' or not (rating in (1, 2) and author is null)");
        Expression.Comparison title = (Expression.Comparison) or.operands().get(0);
        Expression.Not not = (Expression.Not) or.operands().get(1);
        Expression.And and = (Expression.And) not.operand();
        Expression.In in = (Expression.In) and.operands().get(0);
        Expression.NullCheck isNull = (Expression.NullCheck) and.operands().get(1);
        assertThat(List.of(or.position(), title.position(), title.operatorPosition(), title.value().position(),
                not.position(), and.position(), in.position(), in.operatorPosition(),
                in.values().get(0).position(), in.values().get(1).position(),
                isNull.position(), isNull.operatorPosition()))
                .containsExactly(1, 1, 7, 9, 16, 21, 21, 28, 32, 35, 42, 49);
    }

    @Test
    void columnsCountCharactersNotUtf16Units() {
        Expression.And and = (Expression.And) Filters.parse("title = '\uD83D\uDE00\uD83D\uDE00' and rating = 1");
        assertThat(and.operands().get(1).position()).isEqualTo(18);
    }

    @Test
    void aPathKnowsTheColumnOfEachName() {
        Path path = ((Expression.NullCheck) Filters.parse("  author.company.name is null")).path();
        assertThat(List.of(path.position(0), path.position(1), path.position(2))).containsExactly(3, 10, 18);
    }

    @Test
    void aFilterOfTheLongestLengthParses() {
        String condition = "title = '" + "x".repeat(FilterLimits.MAX_STRING_LENGTH) + "'";
        String filter = String.join(" or ", condition, condition, condition);
        filter = filter + " ".repeat(FilterLimits.MAX_LENGTH - filter.length());
        assertThat(filter).hasSize(FilterLimits.MAX_LENGTH);
        assertThat(Filters.parse(filter)).isInstanceOf(Expression.Or.class);
    }

    @Test
    void aFilterOneCharacterTooLongFails() {
        String filter = "title = 'a'" + " ".repeat(FilterLimits.MAX_LENGTH - 10);
        assertProblem(filter, "filter.too-long", 4001, "the filter is 4001 characters long; the limit is 4000");
    }

    @Test
    void aTextOneCharacterTooLongFails() {
        Filters.parse("title = '" + "é".repeat(FilterLimits.MAX_STRING_LENGTH) + "'");
        assertProblem("rating = 1 or title = '" + "é".repeat(FilterLimits.MAX_STRING_LENGTH + 1) + "'",
                "filter.too-long", 23, "the text starting at column 23 is 1001 characters long; the limit is 1000");
    }

    @Test
    void theHundredthExpressionParsesAndTheNextFails() {
        // 50 conditions and 49 ors are 99 expressions: a not makes 100, an or and one more condition 101
        String ninetyNine = String.join(" or ", java.util.Collections.nCopies(50, "a = 1"));
        assertThat(Filters.parse("not (" + ninetyNine + ")")).isInstanceOf(Expression.Not.class);
        assertProblem(ninetyNine + " or b = 2", "filter.too-complex", 451,
                "the filter has more than 100 conditions, ands, ors and nots; the limit is 100");
    }

    @Test
    void nestingThirtyTwoDeepParsesAndThirtyThreeFails() {
        assertThat(Filters.parse("(".repeat(32) + "a = 1" + ")".repeat(32))).hasToString("(= a 1)");
        assertThat(Filters.parse("not ".repeat(31) + "(a = 1)")).isInstanceOf(Expression.Not.class);
        assertProblem("(".repeat(33) + "a = 1" + ")".repeat(33), "filter.too-complex", 33,
                "the filter nests parentheses and nots more than 32 levels deep; the limit is 32");
        assertProblem("not ".repeat(32) + "(a = 1)", "filter.too-complex", 129,
                "the filter nests parentheses and nots more than 32 levels deep; the limit is 32");
    }

    @Test
    void fiveHundredValuesInAListParseAndTheNextFails() {
        String values = String.join(",", java.util.Collections.nCopies(FilterLimits.MAX_IN_VALUES, "1"));
        assertThat(((Expression.In) Filters.parse("rating in (" + values + ")")).values()).hasSize(500);
        assertProblem("rating in (" + values + ",2)", "filter.too-complex", 1012,
                "the list after the in at column 8 has more than 500 values; the limit is 500");
    }

    @Test
    void fourNamesInAPathParse() {
        assertThat(((Expression.NullCheck) Filters.parse("a.b.c.d is null")).path().segments())
                .containsExactly("a", "b", "c", "d");
    }

    @Test
    void aNullFilterIsAnEmptyOne() {
        assertProblem(null, "filter.syntax", 1, "the filter is empty");
    }

    private static void assertProblem(String text, String code, int position, String message) {
        assertThatThrownBy(() -> Filters.parse(text))
                .isInstanceOfSatisfying(FilterException.class, e ->
                        assertThat(e.problems()).containsExactly(new FilterProblem(code, position, message)));
    }

    private static Arguments parses(String text, String tree) {
        return Arguments.of(text, tree);
    }

    private static Arguments fails(String text, int position, String code, String message) {
        return Arguments.of(text, position, code, message);
    }
}
