package dev.plinth.admin.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.type.FieldTypes;
import dev.plinth.query.QueryException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Form inputs and CSV cells, read into the JSON the engine's validator reads, and stored values shown back. */
class RowFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Entity POST = new Entity("p1", "post", "Post", null, List.of(
            Field.of("title", FieldTypes.STRING).withRequired(true),
            Field.of("views", FieldTypes.LONG),
            Field.of("rating", FieldTypes.DECIMAL),
            Field.of("featured", FieldTypes.BOOLEAN).withDefault(JSON.getNodeFactory().booleanNode(false)),
            Field.of("status", FieldTypes.ENUM).withDefault(JSON.getNodeFactory().textNode("draft")),
            Field.of("publishedAt", FieldTypes.DATETIME),
            Field.of("joinedOn", FieldTypes.DATE).withDefault(JSON.getNodeFactory().textNode("$now")),
            Field.of("extra", FieldTypes.JSON),
            Field.of("author", FieldTypes.REFERENCE).withTarget("author", null),
            Field.of("tags", FieldTypes.REFERENCES).withTarget("tag", null)), List.of(), List.of());

    private static final String ID_1 = "0190a5e4-6b1c-7d2e-8f30-1a2b3c4d5e6f";
    private static final String ID_2 = "0190a5e4-6b1c-7d2e-8f30-1a2b3c4d5e70";

    private static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void turnsAFilledFormIntoTypedJson() {
        List<FieldError> errors = new ArrayList<>();
        ObjectNode body = RowForm.body(POST, RowForm.sent(POST, form("title", "  Hello ", "views", "12",
                "rating", "4.50", "featured", "true", "status", "published", "publishedAt", "2024-05-31T14:30",
                "extra", "{\"seo\": [1, 2]}", "author", ID_1, "tags", ID_1, "tags", ID_2, "tags", "", "ignored", "x")),
                true, errors);
        assertThat(errors).isEmpty();
        assertThat(body.toString()).isEqualTo("{\"title\":\"  Hello \",\"views\":12,\"rating\":4.50,\"featured\":true,"
                + "\"status\":\"published\",\"publishedAt\":\"2024-05-31T14:30Z\",\"extra\":{\"seo\":[1,2]},"
                + "\"author\":\"" + ID_1 + "\",\"tags\":[\"" + ID_1 + "\",\"" + ID_2 + "\"]}");
    }

    @Test
    void leavesEmptyInputsOutOfACreateAndEmptiesThemInAnUpdate() {
        MultiValueMap<String, String> empty = form("title", "", "views", " ", "extra", "");
        ObjectNode create = RowForm.body(POST, RowForm.sent(POST, empty), true, new ArrayList<>());
        assertThat(create.toString()).isEqualTo("{\"featured\":false,\"tags\":[]}");
        ObjectNode update = RowForm.body(POST, RowForm.sent(POST, empty), false, new ArrayList<>());
        assertThat(update.get("title").isNull()).isTrue();
        assertThat(update.get("views").isNull()).isTrue();
        assertThat(update.get("featured").booleanValue()).isFalse();
        assertThat(update.get("tags").size()).isZero();
    }

    @Test
    void leavesTextThatIsNotANumberForTheEngineToRefuse() throws Exception {
        ObjectNode body = RowForm.body(POST, RowForm.sent(POST, form("views", "many", "rating", "4,5")), true,
                new ArrayList<>());
        assertThat(body.get("views").textValue()).isEqualTo("many");
        assertThat(body.get("rating").textValue()).isEqualTo("4,5");
        assertThat(FieldText.read(POST.field("featured").orElseThrow(), "maybe").textValue()).isEqualTo("maybe");
    }

    @Test
    void reportsJsonThatDoesNotParseAgainstItsField() {
        List<FieldError> errors = new ArrayList<>();
        ObjectNode body = RowForm.body(POST, RowForm.sent(POST, form("extra", "{oops}")), true, errors);
        assertThat(body.has("extra")).isFalse();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("extra");
            assertThat(e.message()).startsWith("extra is not valid JSON (line 1, column 2)");
        });
    }

    @Test
    void readsCsvCellsLikeFormInputs() throws Exception {
        Field tags = POST.field("tags").orElseThrow();
        assertThat(FieldText.read(tags, ID_1 + "; " + ID_2 + " " + ID_1).toString())
                .isEqualTo("[\"" + ID_1 + "\",\"" + ID_2 + "\"]");
        assertThat(FieldText.read(POST.field("featured").orElseThrow(), "NO").booleanValue()).isFalse();
        assertThat(FieldText.read(POST.field("publishedAt").orElseThrow(), "2024-05-31 14:30:00").textValue())
                .isEqualTo("2024-05-31T14:30:00Z");
        assertThat(FieldText.read(POST.field("publishedAt").orElseThrow(), "2024-05-31T14:30:00+02:00").textValue())
                .isEqualTo("2024-05-31T14:30:00+02:00");
        assertThatThrownBy(() -> FieldText.read(POST.field("extra").orElseThrow(), "[1,")).hasMessageContaining("JSON");
    }

    @Test
    void showsStoredValuesInTheirInputs() throws Exception {
        JsonNode row = JSON.readTree("{\"id\":\"" + ID_1 + "\",\"title\":\"Hi\",\"views\":3,\"rating\":4.5,"
                + "\"featured\":true,\"publishedAt\":\"2024-05-31T16:30:00.123456+02:00\",\"extra\":{\"a\":1},"
                + "\"author\":null,\"tags\":[\"" + ID_2 + "\"]}");
        Map<String, List<String>> values = RowForm.of(POST, row);
        assertThat(values.get("title")).containsExactly("Hi");
        assertThat(values.get("rating")).containsExactly("4.5");
        assertThat(values.get("featured")).containsExactly("true");
        assertThat(values.get("publishedAt")).as("a datetime-local input, in UTC").containsExactly("2024-05-31T14:30:00.123");
        assertThat(values.get("extra").get(0)).contains("\"a\" : 1");
        assertThat(values.get("author")).containsExactly("");
        assertThat(values.get("tags")).containsExactly(ID_2);
    }

    @Test
    void startsANewRowWithTheDefaultsThatAreValues() {
        Map<String, List<String>> values = RowForm.defaults(POST);
        assertThat(values.get("status")).containsExactly("draft");
        assertThat(values.get("featured")).containsExactly("false");
        assertThat(values.get("joinedOn")).as("$now is the moment of creation, not a value to show").isEmpty();
        assertThat(values.get("title")).isEmpty();
    }

    @Test
    void writesValuesForCsvAsTheyImportBack() throws Exception {
        assertThat(FieldText.show(POST.field("tags").orElseThrow(), JSON.readTree("[\"" + ID_1 + "\",\"" + ID_2 + "\"]")))
                .isEqualTo(ID_1 + ";" + ID_2);
        assertThat(FieldText.show(POST.field("extra").orElseThrow(), JSON.readTree("[\"a\",\"b\"]")))
                .isEqualTo("[\"a\",\"b\"]");
        assertThat(FieldText.show(POST.field("author").orElseThrow(), JSON.readTree("{\"id\":\"" + ID_1 + "\"}")))
                .isEqualTo(ID_1);
        assertThat(FieldText.show(POST.field("rating").orElseThrow(), JSON.getNodeFactory().numberNode(new java.math.BigDecimal("1E+1")))).isEqualTo("10");
        assertThat(FieldText.show(POST.field("title").orElseThrow(), JSON.readTree("null"))).isEmpty();
    }
}
