package org.sanctionswatch.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged service as a process of its own, killed with SIGKILL in the middle of a large import and started
 * again on the same data folder: every answered import is whole, the interrupted one is whole or absent, and the
 * stored alerts equal a fresh evaluation of the stored observations.
 */
class CrashIT {

    private static final String KEY = "crash-test-admin-key-0123456789abcdef";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Test
    void aKilledImportIsAllOrNothingAndAlertsCatchUpAfterRestart() throws Exception {
        Path data = dir.resolve("data");
        Path fixture = Path.of("fixtures/trade/hs2713-chn-prk-monthly-synthetic.csv");
        Path large = largeFile(dir.resolve("large.csv"), 400_000);
        int port = freePort();

        Process first = start(data, port);
        List<Integer> answered = new ArrayList<>();
        try {
            answered.add(accepted(importFile(port, fixture).join()));
            CompletableFuture<HttpResponse<String>> interrupted = importFile(port, large);
            Thread.sleep(2500); // well inside an import of 400,000 rows
            assertThat(interrupted).isNotDone();
            first.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no clean close
        } finally {
            first.destroyForcibly();
        }

        Process second = start(data, port);
        try {
            long stored = count(port, "TRADE_FLOW");
            assertThat(answered).containsExactly(144);
            assertThat(stored).as("the fixture whole, the large file whole or absent").isIn(144L, 144L + 400_000L);
            JsonNode fresh = send(port, "POST", "/api/backtests", "{}");
            JsonNode active = send(port, "GET", "/api/alerts?active=true&size=1", null);
            assertThat(fresh.get("observations").asLong()).isGreaterThanOrEqualTo(stored);
            assertThat(active.get("total").asInt()).isEqualTo(fresh.get("counts").get("current").asInt());
            assertThat(send(port, "GET", "/api/alerts?ruleId=TRADE-001", null).get("total").asInt()).isEqualTo(4);
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private Process start(Path data, int port) throws Exception {
        Path jar;
        try (Stream<Path> list = Files.list(Path.of("target"))) {
            jar = list.filter(p -> p.getFileName().toString().matches("sanctions-watch-.*\\.jar")
                    && !p.toString().endsWith("-plain.jar")).findFirst().orElseThrow();
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-jar", jar.toString(), "--server.port=" + port, "--sanctionswatch.data-dir=" + data,
                "--sanctionswatch.security.admin-key=" + KEY, "--logging.level.root=WARN")
                .redirectErrorStream(true).redirectOutput(dir.resolve("service-" + port + "-"
                        + System.nanoTime() + ".log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return p;
                }
            } catch (IOException e) {
                Thread.sleep(250);
            }
            assertThat(p.isAlive()).as("service process alive").isTrue();
        }
        throw new AssertionError("service did not start on port " + port);
    }

    private CompletableFuture<HttpResponse<String>> importFile(int port, Path file) throws IOException {
        return http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/observations/import")).header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + KEY).POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int accepted(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("accepted").asInt();
    }

    private long count(int port, String type) throws Exception {
        return send(port, "GET", "/api/observations/counts", null).path(type).asLong(0);
    }

    private JsonNode send(int port, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** Synthetic monthly series for many pairs that share nothing with the fixture. */
    private static Path largeFile(Path file, int rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("type,sourceName,reliability,credibility,reporter,partner,flow,commodity,period,valueUsd\n");
            String[] countries = {"DEU", "FRA", "ITA", "ESP", "NLD", "BEL", "POL", "SWE", "AUT", "DNK"};
            int n = 0;
            outer:
            for (String reporter : countries) {
                for (String partner : countries) {
                    for (int hs = 100; hs < 10_000; hs++) {
                        for (int m = 0; m < 12; m++) {
                            if (reporter.equals(partner)) {
                                continue;
                            }
                            w.write(String.format(Locale.ROOT, "TRADE_FLOW,Synthetic crash test,B,2,%s,%s,EXPORT,%04d,"
                                    + "2023-%02d,%d%n", reporter, partner, hs, m + 1, 1000 + (n % 977)));
                            if (++n == rows) {
                                break outer;
                            }
                        }
                    }
                }
            }
        }
        return file;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
