package org.sanctionswatch.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sanctionswatch.SanctionsWatchApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real application on a random port over an H2 file in a given folder, talked to over real HTTP. */
public final class RunningService implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The administrator key every test service starts with; other keys are made through /api/keys. */
    public static final String ADMIN_KEY = "test-admin-key-0123456789abcdef-32";

    /** Parameters under which the synthetic trade fixture raises only TRADE-001 and TRADE-002 alerts. */
    public static final String TRADE_ALERTS_ONLY =
            "sanctionswatch.rules.parameters=fixtures/parameters/trade-alerts-only.json";

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String key;
    private final boolean owner;

    private RunningService(ConfigurableApplicationContext context, String key, boolean owner) {
        this(context, "http://localhost:" + context.getEnvironment().getProperty("local.server.port"), key, owner);
    }

    private RunningService(ConfigurableApplicationContext context, String base, String key, boolean owner) {
        this.context = context;
        this.base = base;
        this.key = key;
        this.owner = owner;
    }

    /** A client of a service running in another process (a benchmark's); it has no beans and closes nothing. */
    public static RunningService at(String baseUrl, String key) {
        return new RunningService(null, baseUrl, key, false);
    }

    /** The same service, called with another API key (null: no credentials). */
    public RunningService as(String otherKey) {
        return new RunningService(context, base, otherKey, false);
    }

    public String baseUrl() {
        return base;
    }

    /**
     * The service with {@link #ADMIN_KEY} as its configured administrator key, unless the properties give
     * {@code sanctionswatch.security.admin-key} themselves (blank: none, as on a first start).
     */
    public static RunningService start(Path dataDir, String... properties) {
        String prefix = "sanctionswatch.security.admin-key=";
        String key = List.of(properties).stream().filter(p -> p.startsWith(prefix))
                .map(p -> p.substring(prefix.length())).findFirst().orElse(ADMIN_KEY);
        List<String> props = new ArrayList<>(List.of("server.port=0", "sanctionswatch.data-dir=" + dataDir,
                "spring.main.banner-mode=off", "logging.level.org.drools=WARN"));
        if (!key.isBlank()) {
            props.add(prefix + key);
        }
        List.of(properties).stream().filter(p -> !p.startsWith(prefix)).forEach(props::add);
        // As command-line arguments, which outrank application.yml (builder properties would not).
        return new RunningService(new SpringApplicationBuilder(SanctionsWatchApplication.class)
                .run(props.stream().map(p -> "--" + p).toArray(String[]::new)), key.isBlank() ? null : key, true);
    }

    public record Answer(int status, String contentType, JsonNode body) {
    }

    public Answer get(String path) {
        return send(request(path).GET().build());
    }

    /** A request to the service with this caller's key, for calls the helpers do not cover (a stream). */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        return key == null ? b : b.header("Authorization", "Bearer " + key);
    }

    public Answer post(String path, String contentType, HttpRequest.BodyPublisher body) {
        return send(request(path).header("Content-Type", contentType).POST(body).build());
    }

    public Answer send(String method, String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Answer importFile(Path file) {
        try {
            return post("/api/observations/import", "text/csv", HttpRequest.BodyPublishers.ofFile(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Answer postJson(String json) {
        return post("/api/observations", "application/json", HttpRequest.BodyPublishers.ofString(json));
    }

    public Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    body.isEmpty() ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A bean by its name. */
    public <T> T bean(String name, Class<T> type) {
        if (context == null) {
            throw new IllegalStateException("a service in another process has no beans here");
        }
        return context.getBean(name, type);
    }

    public <T> T bean(Class<T> type) {
        if (context == null) {
            throw new IllegalStateException("a service in another process has no beans here");
        }
        return context.getBean(type);
    }

    @Override
    public void close() {
        if (owner) {
            context.close();
        }
    }
}
