package dev.plinth.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonFilesTest {

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
