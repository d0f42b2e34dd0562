package dev.plinth.query.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.plinth.query.QueryException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bodies that are not JSON rows: each refused as body.malformed, in words that name no Java class. */
class WriteBodiesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"a\": 1} {}       | the body is not valid JSON (line 1, column 10): more follows the end of the JSON value",
            "{\"a\": 1} 2        | the body is not valid JSON (line 1, column 10): more follows the end of the JSON value",
            "{\"a\": 1, \"a\": 2} | the body is not valid JSON (line 1, column 13): Duplicate field 'a'",
            "{\"a\": }           | the body is not valid JSON (line 1, column 7): Unexpected character ('}' (code 125)): expected a value",
            "`\"a\"`             | the body must be a JSON object, or an array of objects, not a text",
            "[]                  | an array body holds 1 to 1000 rows, not 0"})
    void malformed(String body, String message) {
        QueryException refused = catchThrowableOfType(QueryException.class,
                () -> WriteBodies.rows(body.strip().getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.code()).isEqualTo("body.malformed");
        assertThat(refused.getMessage()).isEqualTo(message).doesNotContain("jackson", "Jackson", "`");
    }
}
