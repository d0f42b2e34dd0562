package dev.plinth.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One Plinth instance, a whole application context on a random port, over a database the test chooses (several
 * instances may share one), talked to over HTTP. Its first admin is {@value #ADMIN_EMAIL}; every instance on one
 * database shares the admin and the key that signs tokens, so one instance's token works on all.
 */
public final class PlinthInstance implements AutoCloseable {

    public static final String ADMIN_EMAIL = "ops@example.com";
    public static final String ADMIN_PASSWORD = "ops-admin-password";
    /** No request of a test waits longer than this: a hang fails the test instead of stalling the build. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigurableApplicationContext context;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PlinthInstance(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    /** Starts an instance on the database at {@code url} (user {@code postgres}); {@code args} add properties. */
    public static PlinthInstance start(String url, String... args) {
        String[] properties = Stream.concat(Stream.of("--plinth.db.url=" + url, "--plinth.db.user=postgres",
                "--server.port=0", "--plinth.admin.email=" + ADMIN_EMAIL, "--plinth.admin.password=" + ADMIN_PASSWORD),
                Stream.of(args)).toArray(String[]::new);
        return new PlinthInstance(new SpringApplicationBuilder(PlinthMain.class).bannerMode(Banner.Mode.OFF)
                .run(properties));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public String base() {
        return base;
    }

    /** A request to this instance; {@code headers} are name-value pairs. */
    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT);
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    public HttpResponse<String> post(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends without waiting for the answer. */
    public CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Signs the first admin in and returns an access token. */
    public String adminToken() {
        HttpResponse<String> response = post("/auth/login", "{\"email\": \"" + ADMIN_EMAIL + "\", \"password\": \""
                + ADMIN_PASSWORD + "\"}");
        if (response.statusCode() != 200) {
            throw new AssertionError("sign-in failed: " + response.statusCode() + " " + response.body());
        }
        return json(response).path("accessToken").asText();
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
