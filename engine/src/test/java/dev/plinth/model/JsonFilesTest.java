package dev.plinth.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plinth rewrites model files (to add ids, say); what a person wrote must come back as written. */
class JsonFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"5.0", "10.0", "1.50", "0.0", "100", "-2.5", "1E+1", "3.14159265358979323846"})
    void aCanonicalFileKeepsItsNumbersAsWritten(String number) throws Exception {
        String text = "{\n  \"max\": " + number + ",\n  \"values\": [\n    " + number + "\n  ]\n}\n";

        assertThat(JsonFiles.format(JsonFiles.parse(text))).isEqualTo(text);
    }

    @Test
    void decimalNumbersAreWrittenBackAsTheFileSpellsThem() throws Exception {
        String text = """
                {
                  "name": "price",
                  "type": "decimal",
                  "default": 10.0,
                  "min": 0.50,
                  "max": 1000.00
                }
                """;

        String written = JsonFiles.format(ModelJson.writeField(ModelJson.readField(JsonFiles.parse(text))));

        assertThat(written).isEqualTo(text);
    }
}
