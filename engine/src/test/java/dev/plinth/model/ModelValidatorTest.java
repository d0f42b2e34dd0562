package dev.plinth.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.model.type.FieldTypes;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelValidatorTest {

    private static List<String> problems(Field field) {
        Entity entity = new Entity("en0001", "thing", null, null, List.of(field.withId("fi0001")), null, null);
        Model model = Model.empty().withEntities(List.of(entity));
        return ModelValidator.validate(model, SourceMap.conventional(model)).stream().map(Problem::toString).toList();
    }

    @Test
    void anOptionOfTheWrongTypeIsNamedInPlainEnglish() {
        assertThat(problems(Field.of("count", FieldTypes.INTEGER).withLength(null, 20)))
                .containsExactly("entities/thing.json:/fields/0/maxLength: maxLength does not apply to an integer field");
        assertThat(problems(Field.of("key", FieldTypes.UUID).withLength(null, 20)))
                .containsExactly("entities/thing.json:/fields/0/maxLength: maxLength does not apply to a uuid field");
    }

    @Test
    void aFieldListIsEitherAllowOrDenyInEachDirection() {
        Entity entity = new Entity("en0001", "thing", null, null,
                List.of(Field.of("name", FieldTypes.STRING).withId("fi0001")), null, null);
        Rule.FieldAccess both = new Rule.FieldAccess(null, null, List.of("name"), List.of("id"), List.of("name"), List.of("id"));
        Role role = new Role("clerk", null, null, List.of(new Rule("thing", Set.of(Action.READ, Action.UPDATE), null, null, both, null)));
        Model model = Model.empty().withEntities(List.of(entity)).withRoles(List.of(role));

        assertThat(ModelValidator.validate(model, SourceMap.conventional(model))).map(Problem::toString).containsExactly(
                "roles/clerk.json:/rules/0/fields/read: use either allow or deny, not both",
                "roles/clerk.json:/rules/0/fields/write: use either allow or deny, not both");
    }
}
