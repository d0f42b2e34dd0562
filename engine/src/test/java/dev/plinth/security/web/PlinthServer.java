package dev.plinth.security.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plinth.testing.ModelFiles;
import dev.plinth.testing.TestDatabase;
import dev.plinth.testing.TextLogs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The real application on a random port over a fresh database, serving a copy of the test blog model, talked to
 * over HTTP. The first admin is {@value #ADMIN_EMAIL} with {@value #ADMIN_PASSWORD}, given as
 * {@code PLINTH_ADMIN_EMAIL} and {@code PLINTH_ADMIN_PASSWORD}.
 */
public final class PlinthServer implements AutoCloseable {

    public static final String ADMIN_EMAIL = "root@example.com";
    public static final String ADMIN_PASSWORD = "correct-horse-battery";
    public static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigurableApplicationContext context;
    private final TestDatabase database;
    private final Path model;
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    private PlinthServer(ConfigurableApplicationContext context, TestDatabase database, Path model) {
        this.context = context;
        this.database = database;
        this.model = model;
        this.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    /** Starts the application; {@code sources} add configuration (an access policy, say), {@code args} properties. */
    public static PlinthServer start(List<Class<?>> sources, String... args) {
        return start(sources, Map.of("PLINTH_ADMIN_EMAIL", ADMIN_EMAIL, "PLINTH_ADMIN_PASSWORD", ADMIN_PASSWORD), args);
    }

    /** Starts the application with {@code env} as environment variables (read as Spring reads the real ones). */
    public static PlinthServer start(List<Class<?>> sources, Map<String, Object> env, String... args) {
        Path model;
        try {
            model = ModelFiles.blog(Files.createTempDirectory("plinth-security-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(model, sources, env, args);
    }

    /** Starts the application serving the model folder {@code model} instead of the test blog. */
    public static PlinthServer start(Path model, List<Class<?>> sources, Map<String, Object> env, String... args) {
        TestDatabase database = TestDatabase.create();
        List<Class<?>> all = new ArrayList<>(List.of(SecurityTestApp.class));
        all.addAll(sources);
        String[] properties = Stream.concat(Stream.of("--plinth.model=" + model, "--plinth.db.url=" + database.url(),
                "--plinth.db.user=" + database.user(), "--server.port=0"), Stream.of(args)).toArray(String[]::new);
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", env));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(all.toArray(Class<?>[]::new))
                .environment(environment).bannerMode(Banner.Mode.OFF).run(properties);
        return new PlinthServer(context, database, model);
    }

    public String base() {
        return base;
    }

    public Path model() {
        return model;
    }

    public TestDatabase database() {
        return database;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    public HttpResponse<String> delete(String path, String... headers) {
        return send(request(path, headers).DELETE().build());
    }

    public HttpResponse<String> post(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> patch(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        return send(http, request);
    }

    public static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A client that keeps cookies, like a browser. */
    public static HttpClient browser(HttpClient.Redirect redirects) {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(redirects).build();
    }

    /** Signs in with a password and returns the token response. */
    public JsonNode login(String email, String password) {
        HttpResponse<String> response = post("/auth/login", json("email", email, "password", password));
        if (response.statusCode() != 200) {
            throw new AssertionError("sign-in failed: " + response.statusCode() + " " + response.body());
        }
        return read(response);
    }

    /** An access token of the first admin. */
    public String adminToken() {
        return login(ADMIN_EMAIL, ADMIN_PASSWORD).path("accessToken").asText();
    }

    public static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON object of name-value pairs (strings). */
    public static String json(String... pairs) {
        var node = JSON.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            node.put(pairs[i], pairs[i + 1]);
        }
        return node.toString();
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Stops the application; when it wrote JSON logs, later tests get text lines again. */
    @Override
    public void close() {
        boolean structuredLogs = context.getEnvironment().containsProperty("logging.structured.format.console");
        context.close();
        if (structuredLogs) {
            TextLogs.restore();
        }
    }
}
