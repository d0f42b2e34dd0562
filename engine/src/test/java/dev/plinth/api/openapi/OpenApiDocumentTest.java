package dev.plinth.api.openapi;

import static dev.plinth.testing.Models.entity;
import static dev.plinth.testing.Models.field;
import static dev.plinth.testing.Models.model;
import static dev.plinth.testing.Models.reference;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.model.Action;
import dev.plinth.model.Entity;
import dev.plinth.model.Field;
import dev.plinth.model.LoadedModel;
import dev.plinth.model.Model;
import dev.plinth.model.ModelFolder;
import dev.plinth.model.OnDelete;
import dev.plinth.model.type.FieldTypes;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.QueryLimits;
import dev.plinth.query.filter.FilterLimits;
import dev.plinth.testing.Repository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The OpenAPI document of the example models: valid OpenAPI 3.1, and saying what the model says. */
class OpenApiDocumentTest {

    private static final Model BLOG = load(Repository.root().resolve("model-examples/blog"));
    private static final JsonNode DOCUMENT = OpenApiDocument.build(new ModelIndex(BLOG), "https://example.com", 7);
    private static final String UUID = "{\"type\":\"string\",\"format\":\"uuid\"}";

    static Stream<Path> examples() {
        return Repository.exampleModels();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleGivesAValidDocument(Path folder) {
        ObjectNode document = OpenApiDocument.build(new ModelIndex(load(folder)), "http://localhost:8080");

        assertThat(OpenApiValidity.problems(document)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aDocumentOfReadsOnlyIsValidToo(Path folder) {
        Model model = load(folder);
        String first = model.entities().get(0).name();
        ObjectNode document = OpenApiDocument.build(new ModelIndex(model), null,
                (entity, action) -> action == Action.READ && !entity.name().equals(first));

        assertThat(OpenApiValidity.problems(document)).isEmpty();
        assertThat(document.path("paths").path("/api/" + first).isMissingNode()).isTrue();
    }

    @Test
    void anEmptyModelGivesAValidDocument() {
        ObjectNode document = OpenApiDocument.build(new ModelIndex(Model.empty()), null, 0);

        assertThat(document.path("paths").isEmpty()).isTrue();
        assertThat(OpenApiValidity.problems(document)).isEmpty();
    }

    @Test
    void theCheckFindsWhatIsBroken() {
        ObjectNode document = OpenApiDocument.build(new ModelIndex(BLOG), null);
        document.remove("info");
        ((ObjectNode) document.at("/components/parameters/limit")).put("in", "body");
        ((ObjectNode) document.at("/components/schemas/Post/properties/title")).put("type", "text");
        ((ObjectNode) document.at("/components/schemas/PostResponse/properties/data")).put("$ref", "#/nowhere");

        assertThat(String.join("\n", OpenApiValidity.problems(document)))
                .contains("required property 'info' not found")
                .contains("/components/parameters/limit")
                .contains("schema Post: ")
                .contains("$ref \"#/nowhere\" leads nowhere");
    }

    @Test
    void infoAndServer() {
        assertThat(DOCUMENT.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(DOCUMENT.at("/info/title").asText()).isEqualTo("Blog");
        assertThat(DOCUMENT.at("/info/description").asText()).isEqualTo(BLOG.description());
        assertThat(DOCUMENT.at("/info/version").asText()).isEqualTo("7");
        assertThat(DOCUMENT.at("/servers/0/url").asText()).isEqualTo("https://example.com");
    }

    @Test
    void withoutAModelVersionTheDocumentIsVersionedByTheModelHash() {
        JsonNode document = OpenApiDocument.build(new ModelIndex(BLOG), null);

        assertThat(document.at("/info/version").asText()).matches("[0-9a-f]{12}");
        assertThat(document.has("servers")).isFalse();
    }

    @Test
    void everyOperationHasItsIdAndTag() {
        assertThat(operation("/api/post", "get").path("operationId").asText()).isEqualTo("listPost");
        assertThat(operation("/api/post", "post").path("operationId").asText()).isEqualTo("createPost");
        assertThat(operation("/api/post/{id}", "get").path("operationId").asText()).isEqualTo("getPost");
        assertThat(operation("/api/post/{id}", "patch").path("operationId").asText()).isEqualTo("updatePost");
        assertThat(operation("/api/post/{id}", "put").path("operationId").asText()).isEqualTo("replacePost");
        assertThat(operation("/api/post/{id}", "delete").path("operationId").asText()).isEqualTo("deletePost");
        assertThat(operation("/api/post", "get").at("/tags/0").asText()).isEqualTo("post");
        assertThat(DOCUMENT.path("tags").findValuesAsText("name"))
                .containsExactly("author", "comment", "post", "series", "tag");
    }

    @Test
    void aListTakesEveryQueryParameter() {
        List<String> parameters = new ArrayList<>();
        for (JsonNode parameter : operation("/api/post", "get").path("parameters")) {
            parameters.add(resolve(parameter).path("name").asText());
        }

        assertThat(parameters).containsExactly("filter", "sort", "limit", "offset", "cursor", "fields", "expand", "count");
        assertThat(schema("/components/parameters/limit").toString())
                .isEqualTo("{\"type\":\"integer\",\"minimum\":1,\"maximum\":500,\"default\":50}");
        assertThat(schema("/components/parameters/offset").path("maximum").asInt()).isEqualTo(QueryLimits.MAX_OFFSET);
        assertThat(parameter("/api/post", "sort").at("/schema/maxItems").asInt()).isEqualTo(QueryLimits.MAX_SORT_KEYS);
        assertThat(DOCUMENT.at("/components/parameters/filter/description").asText())
                .contains("status = 'published' and author.name ~ 'ann'");
        assertThat(schema("/components/parameters/filter").path("maxLength").asInt()).isEqualTo(FilterLimits.MAX_LENGTH);
        assertThat(DOCUMENT.at("/components/schemas/ListMeta/properties").has("totalIsEstimate")).isTrue();
        assertThat(DOCUMENT.at("/components/parameters/count/schema/enum").toString())
                .isEqualTo("[\"exact\",\"estimated\",\"none\"]");
        assertThat(parameter("/api/post", "expand").path("description").asText())
                .endsWith("Relations of post: author, tags, series, comments.");
        assertThat(parameter("/api/post", "fields").path("style").asText()).isEqualTo("form");
        assertThat(parameter("/api/post", "fields").path("explode").asBoolean()).isFalse();
    }

    @Test
    void writesTakeFieldsAndExpandForTheRowTheyReturnAndADeleteTakesNone() {
        for (String[] write : new String[][] {{"/api/post", "post"}, {"/api/post/{id}", "patch"},
                {"/api/post/{id}", "put"}}) {
            List<String> names = new ArrayList<>();
            operation(write[0], write[1]).path("parameters").forEach(p -> names.add(resolve(p).path("name").asText()));
            assertThat(names).as(write[1]).contains("fields", "expand");
        }
        List<String> delete = new ArrayList<>();
        operation("/api/post/{id}", "delete").path("parameters").forEach(p -> delete.add(resolve(p).path("name").asText()));
        assertThat(delete).containsExactly("If-Match");
    }

    @Test
    void aRequiredFieldIsRequiredOnCreateUnlessItHasADefault() {
        assertThat(DOCUMENT.at("/components/schemas/PostCreate/required").toString())
                .isEqualTo("[\"title\",\"slug\",\"author\"]");
        assertThat(DOCUMENT.at("/components/schemas/PostCreate/properties/status/default").asText()).isEqualTo("draft");
        assertThat(DOCUMENT.at("/components/schemas/PostUpdate").has("required")).isFalse();
    }

    @Test
    void writesSendNoSystemFieldsAndNoUnknownOnes() {
        for (String body : List.of("PostCreate", "PostUpdate")) {
            JsonNode schema = DOCUMENT.at("/components/schemas/" + body);
            assertThat(schema.path("properties").has("id")).isFalse();
            assertThat(schema.path("properties").has("version")).isFalse();
            assertThat(schema.path("properties").has("createdAt")).isFalse();
            assertThat(schema.path("properties").has("comments")).as("inverse relation").isFalse();
            assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        }
        assertThat(property("Post", "version").toString())
                .isEqualTo("{\"type\":\"integer\",\"format\":\"int32\",\"readOnly\":true}");
        assertThat(property("Post", "createdBy").toString())
                .isEqualTo("{\"type\":[\"string\",\"null\"],\"format\":\"uuid\",\"readOnly\":true}");
    }

    @Test
    void fieldRulesBecomeJsonSchemaKeywords() {
        JsonNode handle = property("AuthorCreate", "handle");
        assertThat(handle.path("minLength").asInt()).isEqualTo(3);
        assertThat(handle.path("maxLength").asInt()).isEqualTo(30);
        assertThat(handle.path("pattern").asText()).isEqualTo("^[a-z0-9_]+$");
        assertThat(handle.path("title").asText()).isEqualTo("Handle");
        assertThat(handle.path("description").asText()).startsWith("Short name used in the author's page address");

        assertThat(property("Post", "status").path("enum").toString()).isEqualTo("[\"draft\",\"published\",\"archived\"]");
        assertThat(property("Post", "readingMinutes").toString()).isEqualTo("{\"title\":\"Reading time (minutes)\","
                + "\"type\":[\"integer\",\"null\"],\"format\":\"int32\",\"minimum\":1,\"maximum\":240}");
        assertThat(property("Post", "viewCount").path("format").asText()).isEqualTo("int64");
        assertThat(property("Author", "email").path("format").asText()).isEqualTo("email");
        assertThat(property("Author", "website").path("format").asText()).isEqualTo("uri");
        assertThat(property("Author", "joinedOn").path("format").asText()).isEqualTo("date");
        assertThat(property("Post", "publishedAt").path("type").toString()).isEqualTo("[\"string\",\"null\"]");
        assertThat(property("Post", "publishedAt").path("format").asText()).isEqualTo("date-time");
        assertThat(property("Post", "createdAt").path("type").asText()).isEqualTo("string");
    }

    @Test
    void aDecimalIsANumberAndMayBeSentAsAString() {
        JsonNode read = property("Post", "rating");
        assertThat(read.path("type").toString()).isEqualTo("[\"number\",\"null\"]");
        assertThat(read.path("minimum").asInt()).isEqualTo(0);
        assertThat(read.path("maximum").asInt()).isEqualTo(5);

        JsonNode write = property("PostCreate", "rating");
        assertThat(write.path("type").toString()).isEqualTo("[\"number\",\"string\",\"null\"]");
        assertThat(write.has("pattern")).isTrue();
    }

    @Test
    void aReferenceIsAnIdOrTheExpandedRow() {
        assertThat(property("Post", "author").path("anyOf").toString())
                .isEqualTo("[" + UUID + ",{\"$ref\":\"#/components/schemas/Author\"}]");
        assertThat(property("Post", "series").path("anyOf").toString())
                .isEqualTo("[" + UUID + ",{\"$ref\":\"#/components/schemas/Series\"},{\"type\":\"null\"}]");
        assertThat(property("PostCreate", "author").path("type").asText()).isEqualTo("string");
        assertThat(property("PostCreate", "author").path("format").asText()).isEqualTo("uuid");
        assertThat(property("PostCreate", "series").path("type").toString()).isEqualTo("[\"string\",\"null\"]");
    }

    @Test
    void aManyToManyIsAnArrayOfIdsOrOfExpandedRows() {
        JsonNode read = property("Post", "tags");
        assertThat(read.path("type").asText()).isEqualTo("array");
        assertThat(read.path("items").path("anyOf").toString())
                .isEqualTo("[" + UUID + ",{\"$ref\":\"#/components/schemas/Tag\"}]");

        JsonNode write = property("PostCreate", "tags");
        assertThat(write.path("type").toString()).as("null links nothing").isEqualTo("[\"array\",\"null\"]");
        assertThat(write.path("items").toString()).isEqualTo(UUID);
        assertThat(write.path("maxItems").asInt()).isEqualTo(1000);
    }

    @Test
    void anInverseRelationIsIdsOrExpandedRowsAndNeverWritten() {
        JsonNode comments = property("Post", "comments");

        assertThat(comments.path("type").asText()).isEqualTo("array");
        assertThat(comments.path("items").path("anyOf").toString())
                .isEqualTo("[" + UUID + ",{\"$ref\":\"#/components/schemas/Comment\"}]");
        assertThat(comments.path("readOnly").asBoolean()).isTrue();
        assertThat(property("Comment", "replies").at("/items/anyOf/1/$ref").asText())
                .isEqualTo("#/components/schemas/Comment");
    }

    @Test
    void everyRowHasItsIdAndVersionWhateverFieldsAsksFor() {
        assertThat(DOCUMENT.at("/components/schemas/Post/required").toString()).isEqualTo("[\"id\",\"version\"]");
    }

    @Test
    void responsesCarryRowsHeadersAndProblems() {
        assertThat(operation("/api/post", "get").at("/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/PostListResponse");
        assertThat(DOCUMENT.at("/components/schemas/PostListResponse/properties/meta/$ref").asText())
                .isEqualTo("#/components/schemas/ListMeta");
        assertThat(operation("/api/post/{id}", "get").at("/responses/200/headers/ETag/$ref").asText())
                .isEqualTo("#/components/headers/ETag");
        assertThat(operation("/api/post", "post").at("/responses/201/headers").has("Location")).isTrue();
        assertThat(operation("/api/post/{id}", "delete").path("responses").has("204")).isTrue();
        assertThat(operation("/api/post/{id}", "patch").path("responses").has("412")).isTrue();
        assertThat(operation("/api/post/{id}", "patch").at("/parameters/0/$ref").asText())
                .isEqualTo("#/components/parameters/If-Match");
        assertThat(operation("/api/post", "post").path("responses").has("422")).isTrue();
        assertThat(operation("/api/post", "get").at("/responses/403/$ref").asText())
                .isEqualTo("#/components/responses/Forbidden");
        JsonNode problem = DOCUMENT.at("/components/responses/UnprocessableContent/content/application~1problem+json");
        assertThat(problem.at("/schema/$ref").asText()).isEqualTo("#/components/schemas/Problem");
        assertThat(DOCUMENT.at("/components/schemas/Problem/properties").has("code")).isTrue();
        assertThat(DOCUMENT.at("/components/schemas/ProblemError/required").toString())
                .isEqualTo("[\"code\",\"message\"]");
    }

    @Test
    void aCreateTakesOneRowOrManyAndSaysWhichItGot() {
        JsonNode body = operation("/api/post", "post").at("/requestBody/content/application~1json/schema/oneOf");

        assertThat(body.get(0).path("$ref").asText()).isEqualTo("#/components/schemas/PostCreate");
        assertThat(body.get(1).path("maxItems").asInt()).isEqualTo(1000);
        assertThat(operation("/api/post/{id}", "put").at("/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/PostCreate");
    }

    @Test
    void thePredicateHidesWhatItDoesNotLetThrough() {
        JsonNode document = OpenApiDocument.build(new ModelIndex(BLOG), null, 7, (entity, action) ->
                !entity.name().equals("author") && (!entity.name().equals("post") || action == Action.READ));

        JsonNode paths = document.path("paths");
        assertThat(fieldNames(paths.path("/api/post"))).containsExactly("get");
        assertThat(fieldNames(paths.path("/api/post/{id}"))).containsExactly("get", "parameters");
        assertThat(fieldNames(paths.path("/api/comment/{id}"))).containsExactly("get", "patch", "put", "delete",
                "parameters");
        assertThat(paths.has("/api/author")).isFalse();
        assertThat(paths.has("/api/author/{id}")).isFalse();
        assertThat(document.path("tags").findValuesAsText("name")).doesNotContain("author");

        JsonNode schemas = document.at("/components/schemas");
        assertThat(schemas.has("Post")).isTrue();
        assertThat(schemas.has("PostCreate")).isFalse();
        assertThat(schemas.has("PostUpdate")).isFalse();
        assertThat(schemas.has("PostBatchResponse")).isFalse();
        assertThat(schemas.has("Author")).isFalse();
        assertThat(schemas.at("/Post/properties/author").toString()).doesNotContain("$ref");
        assertThat(schemas.at("/Post/properties/author/format").asText()).isEqualTo("uuid");
        assertThat(parameter(document, "/api/post", "expand").path("description").asText())
                .endsWith("Relations of post: tags, series, comments.");
        assertThat(OpenApiValidity.problems(document)).isEmpty();
    }

    @Test
    void aNewFieldIsANewProperty() {
        Entity post = BLOG.entity("post").orElseThrow();
        Field subtitle = field("newfield1", "subtitle", FieldTypes.STRING).withLength(null, 120).withRequired(true);
        List<Entity> entities = new ArrayList<>(BLOG.entities());
        entities.set(entities.indexOf(post), post.withFields(append(post.fields(), subtitle)));
        Model changed = BLOG.withEntities(entities);

        JsonNode before = OpenApiDocument.build(new ModelIndex(BLOG), null);
        JsonNode after = OpenApiDocument.build(new ModelIndex(changed), null);

        assertThat(before.at("/components/schemas/Post/properties").has("subtitle")).isFalse();
        assertThat(after.at("/components/schemas/Post/properties/subtitle/maxLength").asInt()).isEqualTo(120);
        assertThat(after.at("/components/schemas/PostCreate/required").toString()).contains("\"subtitle\"");
        assertThat(after.at("/info/version").asText()).isNotEqualTo(before.at("/info/version").asText());
    }

    @Test
    void namesStayUniqueWhenEntityNamesWouldClash() {
        Model model = model("clash")
                .with(entity("e1", "post").field(field("f1", "title", FieldTypes.STRING)))
                .with(entity("e2", "post_create").field(reference("f2", "post", "post", OnDelete.CASCADE)))
                .with(entity("e3", "problem").field(field("f3", "note", FieldTypes.TEXT)))
                .build();

        JsonNode document = OpenApiDocument.build(new ModelIndex(model), null);

        assertThat(fieldNames(document.at("/components/schemas"))).contains("Post", "PostCreate", "Post_Create",
                "Post_CreateCreate", "Problem", "Entity_problem", "Entity_problemCreate");
        assertThat(document.at("/components/schemas/PostCreate/properties").has("title")).isTrue();
        assertThat(document.at("/components/schemas/Post_Create/properties/post/anyOf/1/$ref").asText())
                .isEqualTo("#/components/schemas/Post");
        assertThat(document.at("/paths/~1api~1post_create/get/operationId").asText()).isEqualTo("listPost_Create");
        assertThat(OpenApiValidity.problems(document)).isEmpty();
    }

    private static JsonNode operation(String path, String method) {
        return DOCUMENT.path("paths").path(path).path(method);
    }

    private static JsonNode parameter(String path, String name) {
        return parameter(DOCUMENT, path, name);
    }

    private static JsonNode parameter(JsonNode document, String path, String name) {
        for (JsonNode parameter : document.path("paths").path(path).path("get").path("parameters")) {
            if (name.equals(parameter.path("name").asText())) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name + " on GET " + path);
    }

    private static JsonNode property(String schema, String property) {
        JsonNode node = DOCUMENT.path("components").path("schemas").path(schema).path("properties").path(property);
        assertThat(node.isMissingNode()).as(schema + "." + property).isFalse();
        return node;
    }

    private static JsonNode schema(String componentPointer) {
        return DOCUMENT.at(componentPointer).path("schema");
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? DOCUMENT.at(node.path("$ref").asText().substring(1)) : node;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }

    private static Model load(Path folder) {
        LoadedModel loaded = ModelFolder.load(folder);
        assertThat(loaded.problems()).as(folder.toString()).isEmpty();
        return loaded.model();
    }
}
