package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionswatch.e2e.AlertFixtures.await;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Webhooks to a local receiver: signed, retried with backoff, failed after the limit, kept across a restart. */
class WebhookEndToEndTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SECRET = "a-shared-secret-of-32-characters";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path data;

    private RunningService start(String... more) {
        // the receivers listen on loopback: allowed here explicitly, as an administrator would
        List<String> props = new ArrayList<>(List.of("sanctionswatch.seeds.enabled=false",
                "sanctionswatch.webhooks.poll=100ms", "sanctionswatch.webhooks.backoff=100ms",
                "sanctionswatch.webhooks.allowed-hosts=localhost,127.0.0.1,::1",
                "sanctionswatch.webhooks.allow-internal-addresses=true", RunningService.TRADE_ALERTS_ONLY));
        props.addAll(List.of(more));
        return RunningService.start(data, props.toArray(String[]::new));
    }

    private static long subscribe(RunningService service, String url, String ruleId) {
        RunningService.Answer created = service.post("/api/subscriptions", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"url\": \"" + url + "\", \"secret\": \"" + SECRET
                        + "\", \"filter\": {\"ruleId\": \"" + ruleId + "\"}}"));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    private static JsonNode deliveries(RunningService service, long subscription) {
        return service.get("/api/subscriptions/" + subscription + "/deliveries").body();
    }

    private static boolean all(JsonNode deliveries, int count, String status) {
        if (deliveries.size() != count) {
            return false;
        }
        for (JsonNode d : deliveries) {
            if (!d.get("status").asString().equals(status)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void signsEveryAttemptRetriesAfterFailuresAndDeliversOnTheThirdWithOneIdempotencyKey() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start(SECRET, 2); RunningService service = start()) {
            long subscription = subscribe(service, receiver.url("surges"), "TRADE-001");
            service.importFile(ImportEndToEndTests.FIXTURE);
            int surges = service.get("/api/alerts?ruleId=TRADE-001").body().get("total").asInt();
            assertThat(surges).isEqualTo(4);

            await("every surge delivered", WAIT, () -> all(deliveries(service, subscription), surges, "DELIVERED"));
            for (JsonNode d : deliveries(service, subscription)) {
                assertThat(d.get("attempts").asInt()).isEqualTo(3);
                assertThat(d.get("lastStatus").asInt()).isEqualTo(200);
                assertThat(d.get("kind").asString()).isEqualTo("RAISED");
                assertThat(d.get("idempotencyKey").asString())
                        .isEqualTo(d.get("alertId").asLong() + "-" + d.get("eventSequence").asLong());
            }

            List<WebhookReceiver.Received> got = receiver.received();
            assertThat(got).hasSize(surges * 3).allMatch(WebhookReceiver.Received::signatureValid);
            assertThat(got).allMatch(r -> Math.abs(Instant.now().getEpochSecond() - r.timestamp()) < 300);
            Map<String, List<WebhookReceiver.Received>> byKey = got.stream()
                    .collect(Collectors.groupingBy(WebhookReceiver.Received::idempotencyKey));
            assertThat(byKey).hasSize(surges);
            byKey.forEach((key, attempts) -> {
                assertThat(attempts).extracting(WebhookReceiver.Received::answered).containsExactly(500, 500, 200);
                assertThat(attempts).extracting(WebhookReceiver.Received::body).containsOnly(attempts.get(0).body());
                JsonNode body = JSON.readTree(attempts.get(0).body());
                assertThat(body.get("kind").asString()).isEqualTo("RAISED");
                assertThat(body.get("alert").get("ruleId").asString()).isEqualTo("TRADE-001");
                assertThat(key).isEqualTo(body.get("alert").get("id").asLong() + "-" + body.get("sequence").asLong());
            });
        }
    }

    @Test
    void marksADeliveryFailedAfterTheLastAttemptWithItsLastStatusAndError() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start(SECRET, Integer.MAX_VALUE);
                RunningService service = start("sanctionswatch.webhooks.max-attempts=4")) {
            long subscription = subscribe(service, receiver.url("down"), "TRADE-002");
            service.importFile(ImportEndToEndTests.FIXTURE);
            int divergences = service.get("/api/alerts?ruleId=TRADE-002").body().get("total").asInt();

            await("every divergence failed", WAIT, () -> all(deliveries(service, subscription), divergences, "FAILED"));
            for (JsonNode d : deliveries(service, subscription)) {
                assertThat(d.get("attempts").asInt()).isEqualTo(4);
                assertThat(d.get("lastStatus").asInt()).isEqualTo(500);
                assertThat(d.get("lastError").asString()).contains("500", "try again");
            }
            Thread.sleep(500);
            assertThat(receiver.received()).hasSize(divergences * 4);
            assertThat(service.get("/api/subscriptions/" + subscription + "/deliveries?status=FAILED").body())
                    .hasSize(divergences);
        }
    }

    @Test
    void refusesDestinationsOutsideTheAllowlistAndNeverShowsTheSecret() {
        try (RunningService service = start()) {
            for (String url : List.of("http://example.org/hook", "http://10.1.2.3/hook", "https://169.254.169.254/",
                    "ftp://localhost/hook", "not a url")) {
                RunningService.Answer refused = service.post("/api/subscriptions", "application/json",
                        HttpRequest.BodyPublishers.ofString("{\"url\": \"" + url + "\", \"secret\": \"" + SECRET
                                + "\"}"));
                assertThat(refused.status()).as(url).isEqualTo(422);
                assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("url");
            }
            RunningService.Answer shortSecret = service.post("/api/subscriptions", "application/json",
                    HttpRequest.BodyPublishers.ofString("{\"url\": \"http://localhost:9/x\", \"secret\": \"short\"}"));
            assertThat(shortSecret.status()).isEqualTo(422);
            assertThat(shortSecret.body().toString()).doesNotContain("short\"");

            long id = subscribe(service, "http://[::1]:9/hook", "TRADE-001");
            assertThat(service.get("/api/subscriptions").body().toString()).doesNotContain(SECRET).contains("[::1]");
            JsonNode one = service.get("/api/subscriptions/" + id).body();
            assertThat(one.has("secret")).isFalse();
            assertThat(one.get("filter").get("ruleId").asString()).isEqualTo("TRADE-001");

            assertThat(service.send("DELETE", "/api/subscriptions/" + id, "").status()).isEqualTo(204);
            assertThat(service.get("/api/subscriptions").body()).isEmpty();
            assertThat(service.get("/api/subscriptions/" + id).status()).isEqualTo(404);
            assertThat(service.send("DELETE", "/api/subscriptions/" + id, "").status()).isEqualTo(404);
            assertThat(service.get("/api/audit").body().toString()).contains("SUBSCRIPTION_CREATED",
                    "SUBSCRIPTION_DELETED").doesNotContain(SECRET);
        }
    }

    @Test
    void byDefaultNoHostIsAllowedAndAnAllowedHostMustNotBeInternal() {
        String body = "{\"url\": \"http://127.0.0.1:9/hook\", \"secret\": \"" + SECRET + "\"}";
        try (RunningService service = RunningService.start(data, "sanctionswatch.seeds.enabled=false")) {
            RunningService.Answer refused = service.send("POST", "/api/subscriptions", body);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body().toString()).contains("is not in sanctionswatch.webhooks.allowed-hosts []");
        }
        try (RunningService service = RunningService.start(data, "sanctionswatch.seeds.enabled=false",
                "sanctionswatch.webhooks.allowed-hosts=127.0.0.1,localhost")) {
            for (String url : List.of("http://127.0.0.1:9/hook", "http://localhost:9/hook")) {
                RunningService.Answer refused = service.send("POST", "/api/subscriptions",
                        body.replace("http://127.0.0.1:9/hook", url));
                assertThat(refused.status()).as(url).isEqualTo(422);
                assertThat(refused.body().toString()).as(url).contains("resolves to the internal address");
            }
        }
    }

    @Test
    void aSlowEndpointDelaysNoOtherAndItsAnswerIsReadUpToACap() throws Exception {
        try (WebhookReceiver slow = WebhookReceiver.slow(SECRET, 1, Duration.ofSeconds(4), 100_000);
                WebhookReceiver fast = WebhookReceiver.start(SECRET, 0);
                RunningService service = start()) {
            long slowId = subscribe(service, slow.url("slow"), "TRADE-001");
            long fastId = subscribe(service, fast.url("fast"), "TRADE-001");
            assertThat(service.postJson(AlertFixtures.surgeSeries()).status()).isEqualTo(200);
            AlertFixtures.await("the fast endpoint's delivery", WAIT, () -> !fast.received().isEmpty());
            assertThat(slow.received()).as("delivered while the slow endpoint, subscribed first, still thinks")
                    .isEmpty();
            assertThat(all(deliveries(service, fastId), 1, "DELIVERED")).isTrue();
            AlertFixtures.await("the slow endpoint's failure", WAIT, () -> deliveries(service, slowId).get(0)
                    .get("attempts").asInt() >= 1);
            String error = deliveries(service, slowId).get(0).get("lastError").asString();
            assertThat(error).startsWith("HTTP 500: xxx");
            assertThat(error.length()).as("a 100 kB answer read up to its cap").isLessThanOrEqualTo(4096 + 20);
        }
    }

    @Test
    void sendsADeliveryLeftPendingByAStopOnceAfterTheRestartWithTheSameIdempotencyKey() throws Exception {
        int port;
        try (WebhookReceiver probe = WebhookReceiver.start(SECRET, 0)) {
            port = probe.port();
        }
        String url = "http://127.0.0.1:" + port + "/hooks/after-restart";
        String[] slowRetries = {"sanctionswatch.webhooks.max-attempts=50", "sanctionswatch.webhooks.max-backoff=1s"};
        long subscription;
        Set<String> pendingKeys = new TreeSet<>();
        try (RunningService service = start(slowRetries)) {
            subscription = subscribe(service, url, "TRADE-001");
            service.importFile(ImportEndToEndTests.FIXTURE);
            await("a failed attempt on each delivery while the receiver is down", WAIT, () -> {
                JsonNode all = deliveries(service, subscription);
                if (all.size() != 4) {
                    return false;
                }
                for (JsonNode d : all) {
                    if (d.get("attempts").asInt() < 1) {
                        return false;
                    }
                }
                return true;
            });
            for (JsonNode d : deliveries(service, subscription)) {
                assertThat(d.get("status").asString()).isEqualTo("PENDING");
                assertThat(d.get("lastError").asString()).isNotBlank();
                pendingKeys.add(d.get("idempotencyKey").asString());
            }
        }

        try (WebhookReceiver receiver = WebhookReceiver.start(port, SECRET, 0);
                RunningService restarted = start(slowRetries)) {
            await("the pending deliveries after the restart", WAIT,
                    () -> all(deliveries(restarted, subscription), 4, "DELIVERED"));
            Thread.sleep(1000);
            List<WebhookReceiver.Received> got = receiver.received();
            assertThat(got).allMatch(WebhookReceiver.Received::signatureValid);
            assertThat(got).extracting(WebhookReceiver.Received::idempotencyKey)
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(pendingKeys);
        }
    }
}
