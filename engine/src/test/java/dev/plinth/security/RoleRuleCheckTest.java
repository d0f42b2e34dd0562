package dev.plinth.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.model.Action;
import dev.plinth.model.LoadedModel;
import dev.plinth.model.Model;
import dev.plinth.model.ModelFolder;
import dev.plinth.model.Problem;
import dev.plinth.model.Role;
import dev.plinth.model.Rule;
import dev.plinth.model.SourceMap;
import dev.plinth.query.ModelIndex;
import dev.plinth.testing.Models;
import dev.plinth.testing.Repository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Role rules checked against the model they belong to: filters through the filter language, presets by kind. */
class RoleRuleCheckTest {

    private static final Model BLOG = ModelFolder.load(Repository.root().resolve("model-examples/blog")).model();

    static List<Path> examples() {
        return Repository.exampleModels().toList();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleModelsRulesFitItsModel(Path folder) {
        LoadedModel loaded = RoleRuleCheck.load(folder);
        assertThat(loaded.problems()).isEmpty();
        assertThat(Permissions.of(new ModelIndex(loaded.model()))).isNotNull();
    }

    @Test
    void aFilterThatDoesNotFitTheModelIsAProblemAtItsRuleWithThePositionAndCode() {
        Model model = withRole(new Role("critic", null, null, List.of(
                rule("post", Set.of(Action.READ), "titel = 'x'", null),
                rule("post", Set.of(Action.UPDATE), "status = 'draft'", "rating ~ 'x' and author.userId = $user.name"),
                rule("comment", Set.of(Action.READ), "approved = ", null))));

        List<Problem> problems = RoleRuleCheck.problems(model, SourceMap.conventional(model));

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "roles/critic.json:/rules/0/where: the row filter 'titel = 'x'' is not valid: post has no field"
                        + " 'titel'; did you mean 'title'? (at character 1, filter.unknown-field)",
                "roles/critic.json:/rules/1/check: the check 'rating ~ 'x' and author.userId = $user.name' is not"
                        + " valid: '~' does not apply to rating, a decimal field; use =, !=, <, <=, >, >=, in, not in, is null"
                        + " or is not null (at character 8, filter.operator)",
                "roles/critic.json:/rules/1/check: the check 'rating ~ 'x' and author.userId = $user.name' is not"
                        + " valid: $user.name is not a variable Plinth knows; use one of $now, $user.email, $user.id,"
                        + " $user.roles (at character 34, filter.variable)",
                "roles/critic.json:/rules/2/where: the row filter 'approved = ' is not valid: expected a value after ="
                        + ", found the end of the filter (at character 12, filter.syntax)");
    }

    @Test
    void permissionsRefuseAModelWithARuleTheyCannotEnforceNamingEveryProblem() {
        Model model = withRole(new Role("critic", null, null, List.of(
                rule("post", Set.of(Action.READ), "titel = 'x'", null),
                new Rule("comment", Set.of(Action.CREATE), null, null, null,
                        Map.of("approved", Models.json("maybe"))))));

        assertThatThrownBy(() -> Permissions.of(new ModelIndex(model)))
                .isInstanceOfSatisfying(InvalidRulesException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.file() + ":" + p.pointer())
                        .containsExactly("roles/critic.json:/rules/0/where", "roles/critic.json:/rules/1/preset/approved"))
                .hasMessageContaining("2 role rule problems")
                .hasMessageContaining("post has no field 'titel'");
    }

    @Test
    void aPresetOfAToManyFieldIsAProblemTheModelValidatorDoesNotReport() {
        Model model = withRole(new Role("tagger", null, null, List.of(new Rule("post", Set.of(Action.CREATE), null,
                null, null, Map.of("tags", Models.json(List.of("0190a5e4-6b1c-7d2e-8f30-1a2b3c4d5e6f")))))));

        assertThat(RoleRuleCheck.problems(model, SourceMap.conventional(model))).extracting(Problem::toString)
                .containsExactly("roles/tagger.json:/rules/0/preset/tags: 'tags' links many rows; presets fill fields that hold one value, so set it in the body instead");
    }

    @Test
    void problemsAreAddedToALoadedModelAndALoadedModelWithoutThemIsKept() {
        Model model = withRole(new Role("critic", null, null, List.of(rule("post", Set.of(Action.READ), "x = 1", null))));
        LoadedModel clean = new LoadedModel(BLOG, SourceMap.conventional(BLOG), List.of());
        LoadedModel broken = new LoadedModel(model, SourceMap.conventional(model),
                List.of(new Problem("plinth.json", "/name", "something else")));

        assertThat(RoleRuleCheck.check(clean)).isSameAs(clean);
        assertThat(RoleRuleCheck.check(broken).problems()).extracting(Problem::pointer)
                .containsExactly("/name", "/rules/0/where");
    }

    private static Model withRole(Role role) {
        List<Role> roles = new ArrayList<>(BLOG.roles());
        roles.add(role);
        return BLOG.withRoles(roles);
    }

    private static Rule rule(String entity, Set<Action> actions, String where, String check) {
        return new Rule(entity, actions, where, check, null, Map.<String, JsonNode>of());
    }
}
