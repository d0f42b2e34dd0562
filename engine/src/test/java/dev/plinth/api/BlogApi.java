package dev.plinth.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plinth.testing.Repository;
import dev.plinth.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real application serving a copy of {@code model-examples/blog} on a fresh database, talked to over HTTP; and
 * the ids of the rows created through it, by name ({@code post.hello-java}), for {@code {post.hello-java}}
 * placeholders in paths, headers, bodies and expected JSON ({@code {cursor.name}} for remembered cursors). One per
 * test class.
 */
final class BlogApi implements AutoCloseable {

    /** The blog's entities, parents first. */
    static final List<String> ENTITIES = List.of("author", "tag", "series", "post", "comment");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{((?:author|tag|series|post|comment|cursor)\\.[\\w-]+)}");

    private final ConfigurableApplicationContext context;
    private final Path model;
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> ids = new LinkedHashMap<>();
    private static final String ADMIN_EMAIL = "scenarios@example.com";
    private static final String ADMIN_PASSWORD = "scenarios-admin-password";
    private String adminToken;

    private BlogApi(ConfigurableApplicationContext context, Path model) {
        this.context = context;
        this.model = model;
        this.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    /** Starts the application on a copy of the blog model in a new temporary folder, removed by {@link #close}. */
    static BlogApi start() {
        Path model;
        try {
            model = copy(Repository.root().resolve("model-examples/blog"), Files.createTempDirectory("plinth-api-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestDatabase database = TestDatabase.create();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ApiTestApp.class)
                .bannerMode(Banner.Mode.OFF)
                .run("--plinth.model=" + model, "--plinth.db.url=" + database.url(),
                        "--plinth.db.user=" + database.user(), "--server.port=0", "--plinth.admin.email=" + ADMIN_EMAIL,
                        "--plinth.admin.password=" + ADMIN_PASSWORD, "--plinth.security.access-token-ttl=6h");
        BlogApi api = new BlogApi(context, model);
        api.signIn();
        return api;
    }

    /** Scenarios are about the API, not about permissions: every request is the first admin's, unless it says. */
    private void signIn() {
        Response tokens = send("POST", "/auth/login", Map.of(), "{\"email\":\"" + ADMIN_EMAIL + "\",\"password\":\""
                + ADMIN_PASSWORD + "\"}");
        try {
            adminToken = JSON.readTree(tokens.body()).path("accessToken").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder of the served model. */
    Path model() {
        return model;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A request; the values of the query parameters in {@code path} are encoded here, so write them plainly. */
    Response send(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + encode(resolve(path))))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(resolve(body)));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        if (adminToken != null && !headers.containsKey("Authorization") && !headers.containsKey("X-Api-Key")) {
            request.header("Authorization", "Bearer " + adminToken);
        }
        headers.forEach((name, value) -> request.header(name, resolve(value)));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Response get(String path) {
        return send("GET", path, Map.of(), null);
    }

    Response post(String path, String body) {
        return send("POST", path, Map.of(), body);
    }

    Response patch(String path, String body) {
        return send("PATCH", path, Map.of(), body);
    }

    /** Creates rows in one batch and remembers each id under {@code entity.name}; names and bodies alternate. */
    void create(String entity, String... namesAndBodies) {
        List<String> names = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < namesAndBodies.length; i += 2) {
            names.add(namesAndBodies[i]);
            bodies.add(namesAndBodies[i + 1]);
        }
        Response created = post("/api/" + entity, "[" + String.join(",", bodies) + "]");
        assertThat(created.status()).as("creating %s: %s", names, created.body()).isEqualTo(201);
        JsonNode rows = created.json().get("data");
        for (int i = 0; i < names.size(); i++) {
            remember(entity + "." + names.get(i), rows.get(i).get("id").asText());
        }
    }

    /** Remembers an id, or a cursor ({@code cursor.name}), for placeholders. */
    void remember(String key, String id) {
        ids.put(key, id);
    }

    String id(String key) {
        String id = ids.get(key);
        if (id == null) {
            throw new IllegalArgumentException("no row named " + key + "; known: " + ids.keySet());
        }
        return id;
    }

    /** {@code text} with each {@code {entity.name}} replaced by that row's id. */
    String resolve(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, id(matcher.group(1)));
        }
        return matcher.appendTail(out).toString();
    }

    /** The number of rows of {@code entity}, as the API counts them. */
    long count(String entity) {
        Response response = get("/api/" + entity + "?count=exact&limit=1");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().at("/meta/total").asLong();
    }

    /** Every row of every entity, as the API returns them: equal snapshots mean nothing was written in between. */
    String snapshot() {
        StringBuilder all = new StringBuilder();
        for (String entity : ENTITIES) {
            Response rows = get("/api/" + entity + "?limit=500&count=exact");
            assertThat(rows.status()).as(rows.body()).isEqualTo(200);
            all.append(entity).append(": ").append(rows.body()).append('\n');
        }
        return all.toString();
    }

    private static String encode(String path) {
        int question = path.indexOf('?');
        if (question < 0) {
            return path;
        }
        List<String> parameters = new ArrayList<>();
        for (String parameter : path.substring(question + 1).split("&")) {
            int equals = parameter.indexOf('=');
            parameters.add(equals < 0 ? URLEncoder.encode(parameter, StandardCharsets.UTF_8)
                    : URLEncoder.encode(parameter.substring(0, equals), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(parameter.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return path.substring(0, question + 1) + String.join("&", parameters);
    }

    private static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        context.close();
        try (Stream<Path> files = Files.walk(model)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What came back. */
    record Response(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
