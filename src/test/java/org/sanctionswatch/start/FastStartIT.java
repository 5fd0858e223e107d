package org.sanctionswatch.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bin/start} as a user runs it, after the package: it prepares the extracted jar and its class-data archive,
 * starts the service on the bean definitions prepared at build time, and the service answers with the seeds loaded
 * and its alerts raised, as {@code java -jar} would.
 */
class FastStartIT {

    private static final String KEY = "fast-start-admin-key-0123456789abcdef";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Test
    void startsFromTheArchiveWithTheBuildsBeanDefinitionsAndServesTheSeeds() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = dir.resolve("service.log");
        ProcessBuilder builder = new ProcessBuilder("bash", "bin/start", "--server.port=" + port,
                "--sanctionswatch.data-dir=" + dir.resolve("data")).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SANCTIONSWATCH_SECURITY_ADMIN_KEY", KEY);
        // -Xshare:on: a start that cannot map the archive fails instead of loading its classes the slow way.
        builder.environment().put("JAVA_OPTS", "-Xshare:on");
        Process service = builder.start();
        try {
            // The first start after a package prepares the archive (about a minute on two cores).
            long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
            while (!Files.readString(log).contains("Seeds ") && System.nanoTime() < deadline) {
                assertThat(service.isAlive()).as("bin/start alive; its output:%n%s", Files.readString(log)).isTrue();
                Thread.sleep(250);
            }
            String output = Files.readString(log);
            assertThat(Path.of("target/fast-start/app.jsa")).exists();
            assertThat(output).as("the bean definitions prepared at build time are used")
                    .contains("Starting AOT-processed SanctionsWatchApplication");
            assertThat(output).contains("Seeds ");

            JsonNode seeds = get(port, "/api/observations?theatre=DPRK-RUSSIA");
            assertThat(seeds.size()).isEqualTo(8);
            JsonNode alerts = get(port, "/api/alerts?active=true&size=100");
            assertThat(alerts.get("total").asInt()).isPositive();
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    private JsonNode get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
