package dev.plinth.boot;

import static dev.plinth.testing.ModelFiles.EDITOR;
import static dev.plinth.testing.ModelFiles.EDITOR_FILE;
import static dev.plinth.testing.ModelFiles.blog;
import static dev.plinth.testing.ModelFiles.write;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What keeps a served model folder out of the database before any database is asked. */
class ModelFolderSyncTest {

    @TempDir
    Path model;

    @Test
    void aRoleRuleThatDoesNotFitTheModelStopsTheStart() {
        write(blog(model), EDITOR_FILE, EDITOR.replace("\"entity\": \"post\",",
                "\"entity\": \"post\", \"where\": \"published = 'yes'\","));

        assertThatThrownBy(() -> new ModelFolderSync(model, null, null).syncOnStart())
                .isInstanceOfSatisfying(ModelStartupException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.details()).singleElement().asString()
                        .startsWith("roles/editor.json:/rules/0/where: the row filter 'published = 'yes'' is not valid:"));
    }
}
