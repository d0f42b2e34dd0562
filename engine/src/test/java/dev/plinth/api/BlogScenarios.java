package dev.plinth.api;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of scenarios against one running blog API: the application starts once for the class and the blog is
 * seeded once through the API; each scenario of {@link #scenarios()} is one test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BlogScenarios {

    BlogApi api;

    @BeforeAll
    void startBlog() {
        api = BlogApi.start();
        seed();
    }

    /** The rows every scenario of the class may read; a table may add its own. */
    void seed() {
        BlogData.seed(api);
    }

    @AfterAll
    void stopBlog() {
        if (api != null) {
            api.close();
        }
    }

    abstract List<Scenario> scenarios();

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(Scenario scenario) throws Exception {
        run(scenario);
    }

    /** Runs one scenario; a table may wrap it in more checks. */
    void run(Scenario scenario) throws Exception {
        scenario.run(api);
    }
}
