package dev.plinth.cli;

import static dev.plinth.cli.CliRun.plinth;
import static dev.plinth.testing.ModelFiles.AUTHOR;
import static dev.plinth.testing.ModelFiles.AUTHOR_FILE;
import static dev.plinth.testing.ModelFiles.EDITOR;
import static dev.plinth.testing.ModelFiles.EDITOR_FILE;
import static dev.plinth.testing.ModelFiles.POST;
import static dev.plinth.testing.ModelFiles.POST_FILE;
import static dev.plinth.testing.ModelFiles.blog;
import static dev.plinth.testing.ModelFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line without a database: usage, argument errors and {@code validate}. */
class CliTest {

    @TempDir
    Path temp;

    @Test
    void helpPrintsTheUsage() {
        for (String help : new String[] {"--help", "help", "-h"}) {
            CliRun run = plinth(help);
            assertThat(run.exitCode()).as(help).isEqualTo(Cli.OK);
            assertThat(run.out()).as(help).isEqualTo(Usage.TEXT).contains("Usage: java -jar plinth.jar [command]");
            assertThat(run.err()).as(help).isEmpty();
        }
        assertThat(plinth("apply", "--help").out()).as("help wins over a command").isEqualTo(Usage.TEXT);
    }

    @Test
    void anUnknownCommandOrOptionIsAnErrorFollowedByTheUsage() {
        CliRun command = plinth("frobnicate");
        assertThat(command.exitCode()).isEqualTo(Cli.ERROR);
        assertThat(command.out()).isEmpty();
        assertThat(command.err()).startsWith("plinth: unknown command 'frobnicate'\n").endsWith(Usage.TEXT);

        CliRun option = plinth("plan", "--frobnicate", "x");
        assertThat(option.exitCode()).isEqualTo(Cli.ERROR);
        assertThat(option.err()).startsWith("plinth: unknown option --frobnicate\n").endsWith(Usage.TEXT);

        assertThat(plinth("plan", "--db-url").err()).startsWith("plinth: the option --db-url needs a value\n");
        assertThat(plinth("apply", "--allow-destructive=yes").err())
                .startsWith("plinth: the option --allow-destructive takes no value\n");
        assertThat(plinth("validate").err()).startsWith("plinth: validate needs a model folder:");
        assertThat(plinth("validate", "a", "b").err()).startsWith("plinth: unexpected argument 'b'\n");
    }

    @Test
    void aDatabaseTimeoutThatIsNotADurationIsAnErrorNamingIt() {
        Path model = blog(temp);

        CliRun variable = plinth(Map.of("PLINTH_DB_MIGRATION_LOCK_TIMEOUT", "soon"), "apply", model.toString());
        assertThat(variable.exitCode()).isEqualTo(Cli.ERROR);
        assertThat(variable.err()).startsWith("plinth: PLINTH_DB_MIGRATION_LOCK_TIMEOUT must be a duration such as"
                + " 10s, 2m or 500ms, not 'soon'\n");

        CliRun option = plinth("plan", model.toString(), "--db-migration-lock-timeout=-5s");
        assertThat(option.exitCode()).isEqualTo(Cli.ERROR);
        assertThat(option.err()).startsWith("plinth: --db-migration-lock-timeout must not be negative, not '-5s'\n");

        CliRun statement = plinth(Map.of("PLINTH_DB_STATEMENT_TIMEOUT", "1 minute"), "export", temp.toString());
        assertThat(statement.err()).startsWith("plinth: PLINTH_DB_STATEMENT_TIMEOUT must be a duration");
    }

    @Test
    void validatesAValidFolderWithoutADatabase() {
        Path model = blog(temp);

        CliRun run = plinth("validate", model.toString(), "--db-url=jdbc:postgresql://127.0.0.1:1/unreachable");

        assertThat(run.exitCode()).isEqualTo(Cli.OK);
        assertThat(run.out()).contains("The model 'blog' in " + model + " is valid: 2 entities, 1 role.");
        assertThat(run.err()).isEmpty();
        assertThat(plinth(Map.of("PLINTH_MODEL", model.toString()), "validate").exitCode())
                .as("the folder from PLINTH_MODEL").isEqualTo(Cli.OK);
    }

    @Test
    void validateListsEveryProblemWithItsFileAndPointer() {
        Path model = blog(temp);
        write(model, POST_FILE, POST.replace("""
                      "type": "boolean"
                """, """
                      "type": "boolean",
                      "maxLength": 10
                """));
        write(model, EDITOR_FILE, EDITOR.replace("\"entity\": \"post\"", "\"entity\": \"page\""));
        write(model, AUTHOR_FILE, AUTHOR.replace("\"type\": \"string\"", "\"type\": \"strin\""));

        CliRun run = plinth("validate", model.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).satisfiesExactly(
                line -> assertThat(line).startsWith("entities/author.json:/fields/0/type: 'strin' is not one of the allowed values: string, text"),
                line -> assertThat(line).isEqualTo(
                        "entities/post.json:/fields/1/maxLength: maxLength does not apply to a boolean field"),
                line -> assertThat(line).isEqualTo(
                        "roles/editor.json:/rules/0/entity: the rule names the entity 'page', which the model does not define"),
                line -> assertThat(line).isEqualTo("3 problems in " + model));
    }

    @Test
    void validateChecksTheFiltersOfRoleRulesAgainstTheModel() {
        Path model = blog(temp);
        write(model, EDITOR_FILE, EDITOR.replace("\"entity\": \"post\",", "\"entity\": \"post\", \"where\": \"titel = 'x'\","));

        CliRun run = plinth("validate", model.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.ERROR);
        assertThat(run.err().lines()).containsExactly(
                "roles/editor.json:/rules/0/where: the row filter 'titel = 'x'' is not valid: post has no field 'titel';"
                        + " did you mean 'title'? (at character 1, filter.unknown-field)",
                "1 problem in " + model);
        assertThat(plinth("plan", model.toString(), "--db-url=jdbc:postgresql://127.0.0.1:1/unreachable").err())
                .as("plan and apply check the folder the same way, before the database")
                .contains("roles/editor.json:/rules/0/where");
    }

    @Test
    void validateSaysWhenTheFolderDoesNotExist() {
        Path missing = temp.resolve("missing");

        CliRun run = plinth("validate", missing.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.ERROR);
        assertThat(run.err()).isEqualTo("plinth.json:/: the model folder " + missing + " does not exist\n"
                + "1 problem in " + missing + "\n");
    }


    @Test
    void anUnreachableDatabaseIsAnErrorThatSaysWhy() {
        Path model = blog(temp);

        CliRun run = plinth("plan", model.toString(), "--db-url=jdbc:postgresql://127.0.0.1:1/plinth");

        assertThat(run.exitCode()).isEqualTo(Cli.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("plinth: ").contains("127.0.0.1:1");
    }
}
