package dev.plinth.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.model.Entity;
import dev.plinth.model.LoadedModel;
import dev.plinth.model.ModelFolder;
import dev.plinth.model.type.FieldTypes;
import dev.plinth.testing.Repository;
import dev.plinth.testing.TestDatabase;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example model validates, plans from an empty database, applies, and then has nothing left to do. */
class ExampleModelsApplyTest {

    static Stream<Path> examples() {
        return Repository.exampleModels();
    }

    @Test
    void thereAreAtLeastThreeExamples() {
        assertThat(examples().map(p -> p.getFileName().toString())).contains("blog", "crm", "inventory");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void appliesFromEmptyAndThenHasNothingToDo(Path folder) {
        LoadedModel loaded = ModelFolder.load(folder);
        assertThat(loaded.problems()).isEmpty();
        TestDatabase database = TestDatabase.create();
        SchemaEngine engine = database.schemaEngine();

        PlanResult plan = engine.plan(loaded.model());
        assertThat(plan.plan().isDestructive()).isFalse();
        assertThat(plan.plan().blockers()).isEmpty();
        assertThat(plan.desired()).as("the examples carry their ids").isEqualTo(loaded.model());

        ApplyResult applied = engine.apply(loaded.model(), false, "test");
        assertThat(applied.applied()).isTrue();
        for (Entity entity : loaded.model().entities()) {
            assertThat(database.dsl().fetchValue("select count(*) from information_schema.tables where table_name = ?",
                    entity.name())).as(entity.name()).isEqualTo(1L);
            entity.fields().stream().filter(f -> f.type() == FieldTypes.REFERENCES).forEach(f ->
                    assertThat(database.dsl().fetchValue("select count(*) from information_schema.tables"
                            + " where table_name = ?", SchemaNames.junction(entity, f))).isEqualTo(1L));
        }

        assertThat(engine.plan(loaded.model()).plan().isEmpty()).isTrue();
        assertThat(engine.apply(loaded.model(), false, "test").applied()).isFalse();
        assertThat(engine.current().model()).isEqualTo(loaded.model());
    }
}
