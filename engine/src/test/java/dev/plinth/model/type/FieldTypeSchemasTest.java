package dev.plinth.model.type;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dev.plinth.model.Field;
import dev.plinth.model.JsonFiles;
import dev.plinth.model.ModelJson;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema each field type gives for its values: the schema itself, that it is valid JSON Schema, and that
 * the values the type reads (the good values of {@link FieldTypesTest}) pass it. JSON is written with single quotes.
 */
class FieldTypeSchemasTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig ASSERT_FORMATS =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final JsonSchema META_SCHEMA =
            FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    /** What a type reads beyond the shape its schema states: a plain date is midnight UTC of that day. */
    private static final Set<String> LENIENT = Set.of("datetime '2024-05-31'");

    static Stream<Arguments> schemas() {
        return Stream.of(
                schema("{'type': 'string'}", "{'type': 'string', 'maxLength': 255}"),
                schema("{'type': 'string', 'minLength': 3, 'maxLength': 30, 'pattern': '^[a-z0-9_]+$'}",
                        "{'type': 'string', 'minLength': 3, 'maxLength': 30, 'pattern': '^[a-z0-9_]+$'}"),
                schema("{'type': 'text'}", "{'type': 'string'}"),
                schema("{'type': 'text', 'minLength': 1, 'maxLength': 5000}",
                        "{'type': 'string', 'minLength': 1, 'maxLength': 5000}"),
                schema("{'type': 'integer'}", "{'type': 'integer', 'format': 'int32'}"),
                schema("{'type': 'integer', 'min': 1, 'max': 240}",
                        "{'type': 'integer', 'format': 'int32', 'minimum': 1, 'maximum': 240}"),
                schema("{'type': 'long', 'min': 0}", "{'type': 'integer', 'format': 'int64', 'minimum': 0}"),
                schema("{'type': 'decimal', 'precision': 3, 'scale': 1, 'min': 0, 'max': 5}",
                        "{'type': 'number', 'minimum': 0, 'maximum': 5}"),
                schema("{'type': 'decimal', 'precision': 3, 'scale': 1, 'min': -500}",
                        "{'type': 'number', 'minimum': -99.9, 'maximum': 99.9}"),
                schema("{'type': 'decimal', 'min': 0.5}",
                        "{'type': 'number', 'minimum': 0.5, 'maximum': 9999999999999999.99}"),
                schema("{'type': 'boolean'}", "{'type': 'boolean'}"),
                schema("{'type': 'date'}", "{'type': 'string', 'format': 'date'}"),
                schema("{'type': 'datetime'}", "{'type': 'string', 'format': 'date-time'}"),
                schema("{'type': 'time'}", "{'type': 'string', 'pattern': '" + TimeType.SHAPE.replace("\\", "\\\\") + "'}"),
                schema("{'type': 'uuid'}", "{'type': 'string', 'format': 'uuid'}"),
                schema("{'type': 'email'}", "{'type': 'string', 'format': 'email', 'maxLength': 254}"),
                schema("{'type': 'email', 'maxLength': 100}", "{'type': 'string', 'format': 'email', 'maxLength': 100}"),
                schema("{'type': 'url'}", "{'type': 'string', 'format': 'uri', 'maxLength': 2048}"),
                schema("{'type': 'url', 'maxLength': 500, 'pattern': '^https://'}",
                        "{'type': 'string', 'format': 'uri', 'maxLength': 500, 'pattern': '^https://'}"),
                schema("{'type': 'enum', 'values': ['draft', 'published']}",
                        "{'type': 'string', 'enum': ['draft', 'published']}"),
                schema("{'type': 'json'}", "{}"),
                schema("{'type': 'reference', 'target': 'author'}", "{'type': 'string', 'format': 'uuid'}"),
                schema("{'type': 'references', 'target': 'tag'}",
                        "{'type': 'array', 'items': {'type': 'string', 'format': 'uuid'}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void schemas(String fieldJson, String expected) {
        Field field = field(fieldJson);

        JsonNode schema = field.type().jsonSchema(field);

        assertThat(schema.toString()).isEqualTo(json(expected).toString());
        assertThat(META_SCHEMA.validate(schema)).isEmpty();
        assertThat(META_SCHEMA.validate(field.type().inputSchema(field))).isEmpty();
    }

    @Test
    void aDecimalIsAlsoAcceptedAsAString() {
        Field field = field("{'type': 'decimal', 'precision': 3, 'scale': 1, 'min': 0, 'max': 5}");

        JsonNode input = field.type().inputSchema(field);

        assertThat(input.toString()).isEqualTo(json("{'type': ['number', 'string'], 'minimum': 0, 'maximum': 5, 'pattern': '"
                + DecimalType.DIGITS.replace("\\", "\\\\") + "'}").toString());
        assertThat(errors(input, "'4.5'")).isEmpty();
        assertThat(errors(input, "'1e-1'")).isEmpty();
        assertThat(errors(input, "'four'")).isNotEmpty();
        assertThat(errors(input, "7")).isNotEmpty();
    }

    @Test
    void oneWriteLinksAtMostAThousandRows() {
        Field field = field("{'type': 'references', 'target': 'tag'}");

        assertThat(field.type().inputSchema(field).get("maxItems").intValue())
                .isEqualTo(ReferencesType.MAX_LINKS_PER_WRITE);
    }

    @Test
    void everyTypeIsCovered() {
        assertThat(schemas().map(arguments -> field((String) arguments.get()[0]).type()).distinct())
                .containsExactlyInAnyOrderElementsOf(FieldTypes.all());
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @MethodSource("dev.plinth.model.type.FieldTypesTest#goodValues")
    void whatATypeReadsPassesItsInputSchema(String fieldJson, String valueJson, Object read) {
        Field field = field(fieldJson);
        if (LENIENT.contains(field.type().name() + " " + valueJson)) {
            return;
        }

        assertThat(errors(field.type().inputSchema(field), valueJson)).isEmpty();
    }

    static Stream<Arguments> wrongShapes() {
        return Stream.of(
                Arguments.of("{'type': 'uuid'}", "'not-a-uuid'"),
                Arguments.of("{'type': 'date'}", "'31.05.2024'"),
                Arguments.of("{'type': 'datetime'}", "'yesterday'"),
                Arguments.of("{'type': 'time'}", "'24:00'"),
                Arguments.of("{'type': 'time'}", "'14:30Z'"),
                Arguments.of("{'type': 'email'}", "'name'"),
                Arguments.of("{'type': 'enum', 'values': ['draft', 'published']}", "'archived'"),
                Arguments.of("{'type': 'string', 'maxLength': 3}", "'abcd'"),
                Arguments.of("{'type': 'integer', 'min': 1}", "0"),
                Arguments.of("{'type': 'integer'}", "1.5"),
                Arguments.of("{'type': 'references', 'target': 'tag'}", "['x']"));
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource
    void wrongShapes(String fieldJson, String valueJson) {
        Field field = field(fieldJson);

        assertThat(errors(field.type().inputSchema(field), valueJson)).isNotEmpty();
    }

    private static Set<?> errors(JsonNode schema, String valueJson) {
        return FACTORY.getSchema(schema, ASSERT_FORMATS).validate(json(valueJson));
    }

    private static Arguments schema(String field, String expected) {
        return Arguments.of(field, expected);
    }

    /** A field named {@code f} from its JSON without the name. */
    private static Field field(String json) {
        return ModelJson.readField(json("{'name': 'f', " + json.substring(1)));
    }

    private static JsonNode json(String singleQuoted) {
        try {
            return JsonFiles.parse(singleQuoted.replace('\'', '"'));
        } catch (JsonFiles.InvalidJsonException e) {
            throw new IllegalArgumentException(singleQuoted, e);
        }
    }
}
