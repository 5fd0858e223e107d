package org.sanctionswatch.e2e;

import static org.sanctionswatch.e2e.RunningService.TRADE_ALERTS_ONLY;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionswatch.e2e.AlertFixtures.await;
import static org.sanctionswatch.e2e.AlertFixtures.newSurgeMonth;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Snoozes: snoozed findings become alerts that are listed but reach neither the stream nor webhooks. */
class SnoozeEndToEndTests {

    private static final String SECRET = "a-shared-secret-of-32-characters";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration QUIET = Duration.ofMillis(1500);

    @TempDir
    Path data;

    private static RunningService.Answer snooze(RunningService service, String json) {
        return service.post("/api/snoozes", "application/json", HttpRequest.BodyPublishers.ofString(json));
    }

    @Test
    void recordsSnoozedFindingsAsAlertsButSendsThemNowhereUntilTheSnoozeIsLifted() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start(SECRET, 0);
                RunningService service = RunningService.start(data, "sanctionswatch.seeds.enabled=false", TRADE_ALERTS_ONLY,
                        "sanctionswatch.webhooks.poll=100ms", "sanctionswatch.stream.heartbeat=1s",
                        // the receiver listens on loopback: allowed here explicitly, as an administrator would
                        "sanctionswatch.webhooks.allowed-hosts=127.0.0.1",
                        "sanctionswatch.webhooks.allow-internal-addresses=true")) {
            String until = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
            RunningService.Answer created = snooze(service, "{\"ruleId\": \"TRADE-001\", \"subject\": \"CHN|PRK\", "
                    + "\"until\": \"" + until + "\", \"reason\": \"known coke contract, reviewed with the desk\"}");
            assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
            long snoozeId = created.body().get("id").asLong();
            assertThat(snooze(service, "{\"ruleId\": \"TRADE-002\", \"subject\": \"RUS|\", \"until\": \"" + until
                    + "\", \"reason\": \"another pair\"}").status()).isEqualTo(201);
            long subscription = service.post("/api/subscriptions", "application/json",
                    HttpRequest.BodyPublishers.ofString("{\"url\": \"" + receiver.url("all") + "\", \"secret\": \""
                            + SECRET + "\"}")).body().get("id").asLong();

            try (SseClient stream = SseClient.open(service, "/api/alerts/stream", null)) {
                service.importFile(ImportEndToEndTests.FIXTURE);
                JsonNode snoozed = service.get("/api/alerts?snoozed=true").body();
                JsonNode sent = service.get("/api/alerts?snoozed=false").body();
                assertThat(snoozed.get("total").asInt()).isEqualTo(4);
                for (JsonNode a : snoozed.get("items")) {
                    assertThat(a.get("ruleId").asString()).isEqualTo("TRADE-001");
                    assertThat(a.get("snoozeId").asLong()).isEqualTo(snoozeId);
                    assertThat(a.get("status").asString()).isEqualTo("OPEN");
                }
                int divergences = sent.get("total").asInt();
                assertThat(sent.get("items")).allMatch(a -> a.get("ruleId").asString().equals("TRADE-002"));

                List<SseClient.Event> events = stream.take(divergences, WAIT);
                assertThat(events).allMatch(e -> e.data().get("ruleId").asString().equals("TRADE-002"));
                assertThat(stream.drain(QUIET)).isEmpty();
                await("the divergences delivered", WAIT, () -> receiver.received().size() == divergences);
                assertThat(receiver.received()).noneMatch(r -> r.body().contains("\"TRADE-001\""));
                assertThat(service.get("/api/subscriptions/" + subscription + "/deliveries").body())
                        .hasSize(divergences);

                long oneSnoozed = snoozed.get("items").get(0).get("id").asLong();
                JsonNode log = service.get("/api/alerts/" + oneSnoozed + "/events").body();
                assertThat(log).hasSize(1);
                assertThat(log.get(0).get("muted").asString()).isEqualTo("SNOOZED");

                assertThat(ids(service.get("/api/snoozes").body())).containsExactly(snoozeId, snoozeId + 1);
                assertThat(service.send("DELETE", "/api/snoozes/" + snoozeId, "").status()).isEqualTo(204);
                assertThat(service.send("DELETE", "/api/snoozes/" + snoozeId, "").status()).isEqualTo(404);
                assertThat(ids(service.get("/api/snoozes").body())).containsExactly(snoozeId + 1);
                JsonNode all = service.get("/api/snoozes?all=true").body();
                assertThat(all.get(0).get("liftedAt").asString()).isNotBlank();
                assertThat(service.get("/api/audit").body().toString()).contains("SNOOZE_CREATED", "SNOOZE_LIFTED");

                // Lifted: the next surge on the pair is sent again.
                newSurgeMonth(service, "2025-01", 5_000_000);
                SseClient.Event next = stream.take(1, WAIT).get(0);
                assertThat(next.name()).isEqualTo("RAISED");
                assertThat(next.data().get("subject").asString()).isEqualTo("CHN|PRK|EXPORT|2713|2025-01");
                assertThat(next.data().get("snoozed").asBoolean()).isFalse();
            }
        }
    }

    @Test
    void refusesASnoozeWithoutReasonOrWithADateInThePastListingEveryField() {
        try (RunningService service = RunningService.start(data, "sanctionswatch.seeds.enabled=false", TRADE_ALERTS_ONLY)) {
            RunningService.Answer refused = snooze(service,
                    "{\"ruleId\": \"TRADE-001\", \"subject\": \"\", \"until\": \"2001-01-01\"}");
            assertThat(refused.status()).isEqualTo(422);
            List<String> fields = new ArrayList<>();
            refused.body().get("errors").forEach(e -> fields.add(e.get("field").asString()));
            assertThat(fields).containsExactlyInAnyOrder("subject", "reason", "until");
            assertThat(snooze(service, "{\"ruleId\": \"TRADE-001\", \"subject\": \"CHN|PRK\", \"until\": "
                    + "\"next week\", \"reason\": \"r\"}").status()).isEqualTo(422);
            assertThat(service.get("/api/snoozes?all=true").body()).isEmpty();
        }
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("id").asLong()));
        return out;
    }
}
