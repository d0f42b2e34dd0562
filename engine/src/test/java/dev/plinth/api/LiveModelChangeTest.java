package dev.plinth.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.api.BlogApi.Response;
import dev.plinth.model.LoadedModel;
import dev.plinth.model.ModelFolder;
import dev.plinth.schema.ActiveModel;
import dev.plinth.schema.ApplyResult;
import dev.plinth.schema.SchemaEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A model applied while the API runs changes the API at once: new fields in rows, filters and sorts; new entities. */
class LiveModelChangeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAppliedModelIsServedWithoutARestart() throws Exception {
        try (BlogApi api = BlogApi.start()) {
            api.create("author", "ann", "{\"name\": \"Ann Lee\", \"handle\": \"ann\", \"email\": \"ann@example.com\"}");
            api.create("post",
                    "first", "{\"title\": \"First\", \"slug\": \"first\", \"author\": \"{author.ann}\"}",
                    "second", "{\"title\": \"Second\", \"slug\": \"second\", \"author\": \"{author.ann}\"}");
            assertThat(api.get("/api/post?filter=subtitle is null").json().get("code").asText())
                    .isEqualTo("filter.unknown-field");
            assertThat(api.get("/api/note").status()).isEqualTo(404);

            addSubtitleAndNotes(api.model());
            LoadedModel changed = ModelFolder.load(api.model());
            assertThat(changed.problems()).isEmpty();
            ApplyResult applied = api.bean(SchemaEngine.class).apply(changed.model(), false, "test");
            api.bean(ActiveModel.class).refresh();

            assertThat(applied.applied()).isTrue();
            Response first = api.get("/api/post/{post.first}");
            assertThat(first.json().get("data").has("subtitle")).as(first.body()).isTrue();
            assertThat(first.json().at("/data/subtitle").isNull()).isTrue();
            assertThat(api.patch("/api/post/{post.second}", "{\"subtitle\": \"The sequel\"}").status()).isEqualTo(200);
            assertThat(ReadScenariosTest.slugs(api.get("/api/post?fields=slug&filter=subtitle ~ 'sequel'")))
                    .containsExactly("second");
            assertThat(ReadScenariosTest.slugs(api.get("/api/post?fields=slug&sort=subtitle")))
                    .containsExactly("second", "first");
            assertThat(api.patch("/api/post/{post.first}", "{\"subtitle\": \"" + "x".repeat(121) + "\"}").status())
                    .as("the new field's rules apply too").isEqualTo(422);
            assertThat(api.post("/api/note", "{\"text\": \"Hello\", \"post\": \"{post.first}\"}").status())
                    .isEqualTo(201);
            assertThat(api.get("/api/post/{post.first}?expand=notes").json().at("/data/notes/0/text").asText())
                    .isEqualTo("Hello");
        }
    }

    /** Adds {@code post.subtitle} and a new entity {@code note} pointing at posts, as a person would save them. */
    private static void addSubtitleAndNotes(Path model) throws Exception {
        Path postFile = model.resolve("entities/post.json");
        ObjectNode post = (ObjectNode) JSON.readTree(Files.readString(postFile));
        post.withArray("fields").addObject().put("name", "subtitle").put("type", "string").put("maxLength", 120);
        Files.writeString(postFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(post));
        Files.writeString(model.resolve("entities/note.json"), """
                {
                  "name": "note",
                  "fields": [
                    {"name": "text", "type": "text", "required": true},
                    {"name": "post", "type": "reference", "target": "post", "onDelete": "cascade", "inverse": "notes"}
                  ]
                }
                """);
    }
}
