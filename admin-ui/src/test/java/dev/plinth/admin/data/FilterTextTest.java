package dev.plinth.admin.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The builder's conditions and the search box, written in the filter language. */
class FilterTextTest {

    @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            title          | text     | contains | it's        | title ~ 'it''s'
            title          | text     | eq       | ' or 1=1 -- | title = ''' or 1=1 --'
            title          | text     | empty    | ignored     | title is null
            title          | text     | filled   |             | title is not null
            rating         | decimal  | ge       | 4.5         | rating >= 4.5
            rating         | decimal  | lt       | -2          | rating < -2
            readingMinutes | number   | eq       | 1e9         | readingMinutes = '1e9'
            readingMinutes | number   | eq       | 5 or true   | readingMinutes = '5 or true'
            featured       | checkbox | eq       | Yes         | featured = true
            featured       | checkbox | ne       | false       | featured != false
            featured       | checkbox | eq       | maybe       | featured = 'maybe'
            publishedAt    | datetime | gt       | 2024-05-31T14:30 | publishedAt > '2024-05-31T14:30Z'
            publishedAt    | datetime | gt       | 2024-05-31  | publishedAt > '2024-05-31'
            status         | select   | ne       | draft       | status != 'draft'
            author         | reference| eq       | "  0190a5e4 " | author = '0190a5e4'
            """)
    void writesOneCondition(String field, String widget, String operator, String value, String expected) {
        assertThat(FilterText.condition(field, widget, Operator.byCode(operator).orElseThrow(), value))
                .isEqualTo(expected);
    }

    @Test
    void searchesEveryTextFieldAndJoinsThePartsWithAnd() {
        String search = FilterText.search(List.of("title", "slug"), "o'k");
        assertThat(search).isEqualTo("title ~ 'o''k' or slug ~ 'o''k'");
        assertThat(FilterText.and(List.of("status = 'draft'", "", search)))
                .isEqualTo("(status = 'draft') and (title ~ 'o''k' or slug ~ 'o''k')");
        assertThat(FilterText.and(List.of("", "rating > 4"))).isEqualTo("rating > 4");
        assertThat(FilterText.and(List.of("", " "))).isEmpty();
    }

    @Test
    void offersTheOperatorsThatSuitEachWidget() {
        assertThat(Operator.suiting("text").get(0)).isEqualTo(Operator.CONTAINS);
        assertThat(Operator.suiting("number")).contains(Operator.LT, Operator.GE).doesNotContain(Operator.CONTAINS);
        assertThat(Operator.suiting("checkbox")).containsExactly(Operator.EQ, Operator.NE, Operator.EMPTY,
                Operator.NOT_EMPTY);
        assertThat(Operator.suiting("json")).containsExactly(Operator.EMPTY, Operator.NOT_EMPTY);
    }
}
