package dev.plinth.admin.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plinth.admin.ServedBlog;
import dev.plinth.app.PlinthApplication;
import dev.plinth.model.Action;
import dev.plinth.model.JsonFiles;
import dev.plinth.model.Model;
import dev.plinth.model.ModelJson;
import dev.plinth.model.Role;
import dev.plinth.model.Rule;
import dev.plinth.model.SchemaRefs;
import dev.plinth.security.identity.Passwords;
import dev.plinth.security.identity.Users;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The admin UI as a new user walks through it, in Debian's headless Chromium driven by its ChromeDriver, against the
 * whole application on a random port serving a copy of {@code model-examples/blog}: sign in, design an entity with
 * five fields and a reference, review and apply each plan, add rows through the form (one of them refused), filter,
 * sort, edit, grant a role read access with a row filter, check what that role sees through the REST API, and check
 * the model files on disk. Screenshots of the main pages land in {@code target/screenshots/}.
 *
 * <p>Skipped only when {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is missing ({@code .ci/run} installs
 * them).
 */
@SpringBootTest(classes = PlinthApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plinth.admin.email=" + AdminWalkThroughTest.ADMIN_EMAIL,
                "plinth.admin.password=" + AdminWalkThroughTest.ADMIN_PASSWORD})
class AdminWalkThroughTest extends ServedBlog {

    static final String ADMIN_EMAIL = "owner@example.com";
    static final String ADMIN_PASSWORD = "correct-horse-battery";
    private static final String READER_EMAIL = "rita@example.com";
    private static final String READER_PASSWORD = "rita-reads-reviews";

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ChromeDriverService service;
    private static WebDriver driver;
    private static Path profile;

    @LocalServerPort
    private int port;
    @Autowired
    private Users users;
    @Autowired
    private Passwords passwords;

    private WebDriverWait waiting;
    private final List<String> consoleErrors = new ArrayList<>();
    /** A form whose refusal answers 422, which the console reports as a failed load of the page itself. */
    private String refusedForm;

    @BeforeAll
    static void startChromium() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "The browser walk-through needs Debian's chromium and chromium-driver (/usr/bin/chromium and"
                        + " /usr/bin/chromedriver): apt-get install chromium chromium-driver; .ci/run installs them");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("plinth-e2e-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // The explicit driver file: Selenium Manager never looks for (or downloads) a driver or a browser.
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void aNewUserDesignsAnEntityFillsItAndSharesItWithARole() throws Exception {
        waiting = new WebDriverWait(driver, WAIT);
        String postId = aPostToReviewExists();

        signIn();

        // Design: the entity, then five fields of different types and a reference, each reviewed and applied.
        createEntity();
        addField("title", "string", "Title", Map.of("field-required", "true"));
        addField("rating", "integer", "Rating", Map.of("field-min", "1", "field-max", "5"));
        addField("approved", "boolean", "Approved", Map.of());
        addField("mood", "enum", "Mood", Map.of("field-values", "happy\nneutral\nsad"));
        addField("reviewedOn", "date", "Reviewed on", Map.of());
        addField("post", "reference", "Post", Map.of("field-target", "post"));
        assertThat(columns("review")).contains("title", "rating", "approved", "mood", "reviewed_on", "post_id");
        assertThat(texts(By.cssSelector("table.fields tbody td:nth-child(2)")))
                .containsExactly("string", "integer", "boolean", "enum", "date", "reference");
        screenshot("2-entity-designer");

        // Data: rows through the form, one of them refused.
        open("/admin/data/review");
        assertThat(text(By.cssSelector("p.empty"))).contains("no Review rows yet");
        addRow("Great read", "5", true, "happy", "2024-05-01", "Hello");
        addRow("Meh", "2", false, "neutral", "2024-05-02", null);
        addRow("Pretty good", "4", true, "happy", "2024-05-03", null);
        addRow("Awful", "1", false, "sad", "2024-05-04", null);
        assertThat(reviewRows()).isEqualTo(4);

        refusedRow();
        assertThat(reviewRows()).as("the refused row was not written").isEqualTo(4);

        // Filter with the builder, then sort by clicking a header.
        open("/admin/data/review");
        new Select(driver.findElement(By.id("cond-field-0"))).selectByValue("rating");
        new Select(driver.findElement(By.id("cond-op-0"))).selectByValue("ge");
        type(By.id("cond-value-0"), "3");
        submit(driver.findElement(By.cssSelector("form.filters button[type=submit].primary")));
        assertThat(shownLabels()).containsExactlyInAnyOrder("Great read", "Pretty good");
        assertThat(text(By.cssSelector("p.filter-used"))).contains("rating >= 3");

        submit(driver.findElement(By.linkText("Rating")));
        assertThat(shownLabels()).as("ascending by rating, still filtered").containsExactly("Pretty good", "Great read");
        submit(driver.findElement(By.linkText("Rating")));
        assertThat(shownLabels()).as("descending by rating").containsExactly("Great read", "Pretty good");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                driver.findElement(By.cssSelector("table.data")));
        screenshot("4-data-table");

        // The free filter expression.
        open("/admin/data/review");
        type(By.id("filter-expression"), "approved = false and mood != 'sad'");
        submit(driver.findElement(By.cssSelector("form.filters button[type=submit].primary")));
        assertThat(shownLabels()).containsExactly("Meh");

        // Edit a row: Meh becomes good enough for readers.
        submit(driver.findElement(By.linkText("Meh")));
        type(By.id("field-title"), "Meh, then better");
        type(By.id("field-rating"), "3");
        submit(driver.findElement(By.xpath("//form[contains(@class,'stacked')]//button[normalize-space()='Save changes']")));
        assertThat(sql.fetchValue("select rating from review where title = 'Meh, then better'")).isEqualTo(3);
        open("/admin/data/review?sort=title");
        assertThat(shownLabels()).containsExactly("Awful", "Great read", "Meh, then better", "Pretty good");
        assertThat(driver.findElement(By.xpath("//tr[th/a='Great read']")).getText()).contains("Hello");
        assertThat(sql.fetchValue("select post_id from review where title = 'Great read'")).asString()
                .as("the reference picked in the form").isEqualTo(postId);

        // The role: readers may read reviews rated 3 or more.
        grantReadersTheGoodReviews();

        // The REST API: a reader sees exactly those rows; the admin sees them all.
        users.create(new Users.NewUser(READER_EMAIL, "Rita", passwords.hash(READER_PASSWORD), List.of("reader"),
                true), null);
        assertThat(apiTitles(READER_EMAIL, READER_PASSWORD))
                .containsExactlyInAnyOrder("Great read", "Pretty good", "Meh, then better");
        assertThat(apiTitles(ADMIN_EMAIL, ADMIN_PASSWORD))
                .containsExactlyInAnyOrder("Great read", "Pretty good", "Meh, then better", "Awful");

        // The files on disk: the new entity and the role, in Plinth's canonical form.
        modelFilesChanged();

        assertThat(consoleErrors).as("severe browser console messages").isEmpty();
    }

    // ---- The steps ----

    private String aPostToReviewExists() {
        sql.execute("insert into author (id, name, handle, email) values ('6f1c1f44-1b0a-4d4e-9d55-0d1f1f1f1f1f',"
                + " 'Ada', 'ada', 'ada@example.com')");
        return sql.fetchValue("insert into post (title, slug, status, featured, view_count, author_id) values"
                + " ('Hello', 'hello', 'published', false, 0, '6f1c1f44-1b0a-4d4e-9d55-0d1f1f1f1f1f') returning id")
                .toString();
    }

    private void signIn() {
        open("/admin");
        waiting.until(ExpectedConditions.urlContains("/admin/login"));
        checkPage("sign-in");
        type(By.id("email"), ADMIN_EMAIL);
        type(By.id("password"), ADMIN_PASSWORD);
        submit(driver.findElement(By.xpath("//button[normalize-space()='Sign in']")));
        assertThat(text(By.tagName("h1"))).isEqualTo("Model blog");
        assertThat(driver.findElement(By.id("main")).getText()).contains("Post");
        screenshot("1-home");
    }

    private void createEntity() {
        open("/admin/entities/new");
        type(By.id("entity-name"), "review");
        type(By.id("entity-label"), "Review");
        type(By.id("entity-description"), "What readers think of a post.");
        submit(driver.findElement(By.xpath("//button[normalize-space()='Review the change']")));

        assertThat(text(By.tagName("h1"))).isEqualTo("Review the change");
        List<WebElement> changes = driver.findElements(By.cssSelector("li.plan-change"));
        assertThat(changes).isNotEmpty();
        assertThat(changes.get(0).findElement(By.cssSelector(".badge")).getText()).isEqualTo("Safe");
        assertThat(driver.findElements(By.cssSelector(".badge.destructive"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("li.plan-change pre")).getText()).contains("CREATE TABLE")
                .contains("review");
        screenshot("3-plan");
        apply("/admin/entities/review");
    }

    private void addField(String name, String type, String label, Map<String, String> options) {
        submit(driver.findElement(By.linkText("Add a field")));
        type(By.id("field-name"), name);
        new Select(driver.findElement(By.id("field-type"))).selectByValue(type);
        type(By.id("field-label"), label);
        options.forEach((id, value) -> {
            WebElement input = waiting.until(ExpectedConditions.elementToBeClickable(By.id(id)));
            if ("checkbox".equals(input.getAttribute("type"))) {
                if (!input.isSelected()) {
                    input.click();
                }
            } else if ("select".equals(input.getTagName())) {
                new Select(input).selectByValue(value);
            } else {
                type(By.id(id), value);
            }
        });
        submit(driver.findElement(By.xpath("//button[normalize-space()='Review the change']")));

        assertThat(text(By.tagName("h1"))).as("the plan of field %s", name).isEqualTo("Review the change");
        assertThat(texts(By.cssSelector("li.plan-change .badge"))).as("adding %s is safe", name).containsOnly("Safe");
        assertThat(driver.findElement(By.cssSelector("li.plan-change pre")).getText()).contains("ALTER TABLE public.review ADD");
        apply("/admin/entities/review");
        assertThat(text(By.cssSelector(".flash"))).contains("Applied");
    }

    private void apply(String landing) {
        submit(driver.findElement(By.xpath("//form[contains(@class,'apply')]//button[normalize-space()='Apply']")));
        waiting.until(ExpectedConditions.urlMatches(".*" + landing + "$"));
    }

    private void addRow(String title, String rating, boolean approved, String mood, String date, String post) {
        open("/admin/data/review");
        submit(driver.findElement(By.linkText("New row")));
        fillRow(title, rating, approved, mood, date, post);
        submit(driver.findElement(By.xpath("//button[normalize-space()='Create']")));
        assertThat(driver.findElements(By.cssSelector(".error-text"))).as("no errors for %s", title).isEmpty();
    }

    private void fillRow(String title, String rating, boolean approved, String mood, String date, String post) {
        type(By.id("field-title"), title);
        type(By.id("field-rating"), rating);
        WebElement box = driver.findElement(By.id("field-approved"));
        if (box.isSelected() != approved) {
            box.click();
        }
        new Select(driver.findElement(By.id("field-mood"))).selectByValue(mood);
        // A date input takes typed digits in the browser's locale order; setting the value is what a pick does.
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id("field-reviewedOn")), date);
        if (post != null) {
            new Select(driver.findElement(By.id("field-post"))).selectByVisibleText(post);
        }
    }

    private void refusedRow() {
        open("/admin/data/review/new");
        fillRow("Too kind", "9", true, "happy", "2024-05-05", null);
        refusedForm = url("/admin/data/review/new").toString();
        submit(driver.findElement(By.xpath("//button[normalize-space()='Create']")));
        refusedForm = null;
        WebElement error = driver.findElement(By.id("field-rating-error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).as("the error next to the rating").containsIgnoringCase("5");
        assertThat(driver.findElement(By.id("field-rating")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("field-rating")).getAttribute("aria-describedby"))
                .contains("field-rating-error");
        assertThat(driver.findElement(By.id("field-title")).getAttribute("value")).as("the input is kept")
                .isEqualTo("Too kind");
        assertThat(driver.findElements(By.cssSelector(".error-text"))).as("only the rating is wrong").hasSize(1);
        screenshot("5-data-form-error");
    }

    /**
     * Grants readers the reviews rated 3 or more, as a person does: the roles matrix, the cell of reader and review, a
     * new rule with the read action and a row filter, then the plan and Apply.
     */
    private void grantReadersTheGoodReviews() {
        open("/admin/roles");
        assertThat(text(By.tagName("h1"))).contains("Roles");
        screenshot("6-roles-matrix");
        open("/admin/roles/reader/review");
        WebElement read = driver.findElement(By.id("new-action-read"));
        if (!read.isSelected()) {
            read.click();
        }
        type(By.id("new-where"), "rating >= 3");
        submit(driver.findElement(By.xpath("//form[contains(@action,'/rules/new')]//button[normalize-space()='Review the change']")));
        waiting.until(ExpectedConditions.urlMatches(".*/admin/plan$"));
        apply("/admin/roles/reader/review");
        assertThat(text(By.cssSelector(".flash"))).contains("Applied");
    }

    private List<String> apiTitles(String email, String password) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(url("/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("email", email, "password", password)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("sign-in of %s: %s", email, login.body()).isEqualTo(200);
        String token = JSON.readTree(login.body()).path("accessToken").asText();
        assertThat(token).isNotBlank();
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(url("/api/review?limit=100"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).as("GET /api/review as %s: %s", email, list.body()).isEqualTo(200);
        JsonNode data = JSON.readTree(list.body()).path("data");
        return StreamSupport.stream(data.spliterator(), false).map(row -> row.path("title").asText()).toList();
    }

    private void modelFilesChanged() throws IOException {
        String review = modelFile("entities/review.json");
        assertThat(review).as("entities/review.json is written").isNotNull()
                .isEqualTo(canonicalEntityFile("review"));
        JsonNode entity = JSON.readTree(review);
        assertThat(entity.path("name").asText()).isEqualTo("review");
        assertThat(entity.path("id").asText()).matches("[a-z0-9]{8}");
        List<String> names = new ArrayList<>();
        for (JsonNode field : entity.path("fields")) {
            names.add(field.path("name").asText());
            assertThat(field.path("id").asText()).as("the id of %s", field.path("name")).matches("[a-z0-9]{8}");
        }
        assertThat(names).containsExactly("title", "rating", "approved", "mood", "reviewedOn", "post");
        JsonNode fields = entity.path("fields");
        assertThat(fields.get(0).path("required").asBoolean()).isTrue();
        assertThat(fields.get(1).path("min").asInt()).isEqualTo(1);
        assertThat(fields.get(1).path("max").asInt()).isEqualTo(5);
        assertThat(fields.get(3).path("values").toString()).isEqualTo("[\"happy\",\"neutral\",\"sad\"]");
        assertThat(fields.get(5).path("target").asText()).isEqualTo("post");
        assertThat(review).endsWith("\n");

        String reader = modelFile("roles/reader.json");
        assertThat(reader).isEqualTo(JsonFiles.format(ModelJson.writeRole(
                editor.applied().model().role("reader").orElseThrow(), SchemaRefs.of(modelDir).role())));
        JsonNode rule = StreamSupport.stream(JSON.readTree(reader).path("rules").spliterator(), false)
                .filter(r -> r.path("entity").asText().equals("review")).findFirst().orElseThrow();
        assertThat(rule.path("actions").toString()).isEqualTo("[\"read\"]");
        assertThat(rule.path("where").asText()).isEqualTo("rating >= 3");
    }

    // ---- Browser helpers ----

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private void open(String path) {
        driver.get(url(path).toString());
        loaded();
        checkPage(path);
    }

    /** Clicks what submits a form or follows a link, and waits for the next page. */
    private void submit(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        String before = driver.getCurrentUrl();
        element.click();
        waiting.until(d -> gone(page));
        loaded();
        checkPage(before + " → " + driver.getCurrentUrl());
    }

    /**
     * Whether the page an element belongs to was replaced. While Chrome swaps documents it may answer a question about
     * the old one with a stale-element error or an inspector error ("Node with given id does not belong to the
     * document"); both mean the old page is gone.
     */
    private static boolean gone(WebElement oldPage) {
        try {
            oldPage.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            return true;
        }
    }

    private void loaded() {
        waiting.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private void type(By field, String value) {
        WebElement input = waiting.until(ExpectedConditions.elementToBeClickable(field));
        input.clear();
        input.sendKeys(value);
    }

    private String text(By element) {
        return waiting.until(ExpectedConditions.visibilityOfElementLocated(element)).getText().trim();
    }

    private List<String> texts(By elements) {
        return driver.findElements(elements).stream().map(e -> e.getText().trim()).toList();
    }

    private List<String> shownLabels() {
        return texts(By.cssSelector("table.data tbody th a"));
    }

    private int reviewRows() {
        return sql.fetchCount(sql.selectFrom("review"));
    }

    /** Collects the severe messages the browser's console got on this page. */
    private void checkPage(String page) {
        List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        consoleErrors.addAll(entries.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> refusedForm == null || !e.getMessage().startsWith(refusedForm + " - Failed to load resource")
                        || !e.getMessage().contains("status of 422"))
                .map(e -> page + ": " + e.getMessage()).collect(Collectors.toList()));
        assertThat(((JavascriptExecutor) driver).executeScript("return document.title")).as("a title on %s", page)
                .asString().startsWith("Plinth");
    }

    private void screenshot(String name) {
        try {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Could not save the screenshot " + name, e);
        }
    }
}
