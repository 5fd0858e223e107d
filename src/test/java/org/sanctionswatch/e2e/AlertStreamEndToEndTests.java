package org.sanctionswatch.e2e;

import static org.sanctionswatch.e2e.RunningService.TRADE_ALERTS_ONLY;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionswatch.e2e.AlertFixtures.AUGUST;
import static org.sanctionswatch.e2e.AlertFixtures.JULY;
import static org.sanctionswatch.e2e.AlertFixtures.JUNE;
import static org.sanctionswatch.e2e.AlertFixtures.act;
import static org.sanctionswatch.e2e.AlertFixtures.alertId;
import static org.sanctionswatch.e2e.AlertFixtures.newSurgeMonth;
import static org.sanctionswatch.e2e.AlertFixtures.reviseTotal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alert stream (Server-Sent Events) read by a real HTTP client: live events, filters, heartbeat, resumption. */
class AlertStreamEndToEndTests {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration QUIET = Duration.ofMillis(1500);

    @TempDir
    Path data;

    private RunningService start() {
        return RunningService.start(data, "sanctionswatch.seeds.enabled=false", "sanctionswatch.stream.heartbeat=1s",
                TRADE_ALERTS_ONLY);
    }

    @Test
    void replaysExactlyTheEventsMissedWhileDisconnectedThenGoesLive() throws InterruptedException {
        try (RunningService service = start()) {
            long lastSeen;
            try (SseClient first = SseClient.open(service, "/api/alerts/stream", null)) {
                assertThat(first.status()).isEqualTo(200);
                assertThat(first.contentType()).startsWith("text/event-stream");

                int raised = service.importFile(ImportEndToEndTests.FIXTURE).body().get("alertsRaised").asInt();
                assertThat(raised).isPositive();
                List<SseClient.Event> events = first.take(raised, WAIT);
                assertThat(events).extracting(SseClient.Event::name).containsOnly("RAISED");
                assertThat(ids(events)).isSorted().doesNotHaveDuplicates();
                assertThat(events.get(0).data().get("ruleId").asString()).startsWith("TRADE-");
                assertThat(events.get(0).data().get("status").asString()).isEqualTo("OPEN");
                assertThat(first.nextComment(Duration.ofSeconds(5))).isEqualTo("heartbeat");
                lastSeen = events.get(events.size() - 1).id();
            }

            // While no one listens: a new surge, an acknowledgement, another new surge.
            assertThat(newSurgeMonth(service, "2025-01", 5_000_000).body().get("alertsRaised").asInt()).isEqualTo(1);
            long june = alertId(service, "TRADE-001", JUNE);
            assertThat(act(service, june, "acknowledge", "on it").status()).isEqualTo(200);
            assertThat(newSurgeMonth(service, "2025-02", 8_000_000).body().get("alertsRaised").asInt()).isEqualTo(1);

            try (SseClient again = SseClient.open(service, "/api/alerts/stream", lastSeen)) {
                List<SseClient.Event> missed = again.take(3, WAIT);
                assertThat(missed).extracting(e -> e.name() + " " + e.data().get("subject").asString())
                        .containsExactly("RAISED CHN|PRK|EXPORT|2713|2025-01", "STATUS_CHANGED " + JUNE,
                                "RAISED CHN|PRK|EXPORT|2713|2025-02");
                assertThat(ids(missed)).isSorted().allMatch(id -> id > lastSeen);
                assertThat(again.drain(QUIET)).as("nothing repeated").isEmpty();

                long july = alertId(service, "TRADE-001", JULY);
                act(service, july, "acknowledge", null);
                List<SseClient.Event> live = again.take(1, WAIT);
                assertThat(live.get(0).name()).isEqualTo("STATUS_CHANGED");
                assertThat(live.get(0).data().get("id").asLong()).isEqualTo(july);
                assertThat(live.get(0).id()).isGreaterThan(missed.get(2).id());
                assertThat(again.drain(QUIET)).isEmpty();
            }
        }
    }

    @Test
    void sendsOnlyTheEventsThatMatchTheFiltersLiveAndOnReplay() throws InterruptedException {
        try (RunningService service = start();
                SseClient divergence = SseClient.open(service, "/api/alerts/stream?ruleId=TRADE-002", null);
                SseClient acknowledged = SseClient.open(service, "/api/alerts/stream?status=ACKNOWLEDGED", null)) {
            service.importFile(ImportEndToEndTests.FIXTURE);
            int total = service.get("/api/alerts?ruleId=TRADE-002").body().get("total").asInt();
            assertThat(total).isPositive();
            List<SseClient.Event> live = divergence.take(total, WAIT);
            assertThat(live).allMatch(e -> e.data().get("ruleId").asString().equals("TRADE-002"));

            long august = alertId(service, "TRADE-001", AUGUST);
            act(service, august, "acknowledge", null);
            assertThat(acknowledged.take(1, WAIT).get(0).data().get("id").asLong()).isEqualTo(august);
            assertThat(acknowledged.drain(QUIET)).as("RAISED events are OPEN, not ACKNOWLEDGED").isEmpty();
            assertThat(divergence.drain(QUIET)).as("a TRADE-001 act is not a TRADE-002 event").isEmpty();

            try (SseClient replay = SseClient.open(service, "/api/alerts/stream?ruleId=TRADE-002", 0L)) {
                assertThat(ids(replay.take(total, WAIT))).isEqualTo(ids(live));
                assertThat(replay.drain(QUIET)).isEmpty();
            }
        }
    }

    @Test
    void keepsRuleDrivenUpdatesWithinTheSuppressionWindowOutOfTheStreamButInTheLog() throws InterruptedException {
        try (RunningService service = start()) {
            assertThat(service.send("PATCH", "/api/parameters", "{\"comment\": \"quiet divergence for a week\", "
                    + "\"parameters\": {\"TRADE-002.suppressionDays\": 7}}").status()).isEqualTo(200);
            try (SseClient stream = SseClient.open(service, "/api/alerts/stream", null)) {
                int raised = service.importFile(ImportEndToEndTests.FIXTURE).body().get("alertsRaised").asInt();
                stream.take(raised, WAIT);

                // Total trade of August revised: TRADE-002 of August is updated, within its window: not sent.
                assertThat(reviseTotal(service, "2024-08", 140_000_000L).body().get("alertsUpdated").asInt())
                        .isEqualTo(1);
                long divergence = alertId(service, "TRADE-002", AUGUST);
                assertThat(service.get("/api/alerts/" + divergence).body().get("explanation").asString())
                        .contains("140");
                assertThat(stream.drain(QUIET)).isEmpty();
                List<String> logged = new ArrayList<>();
                service.get("/api/alerts/" + divergence + "/events").body().forEach(e -> logged.add(
                        e.get("kind").asString() + " " + e.get("muted").asString("sent")));
                assertThat(logged).containsExactly("RAISED sent", "UPDATED SUPPRESSED");

                // TRADE-001 has no window: its update is sent. People's acts are never suppressed.
                service.postJson("""
                        {"type":"TRADE_FLOW","reporter":"CHN","partner":"PRK","flow":"EXPORT","commodity":"2713",
                         "period":"2024-09","valueUsd":2300000,
                         "source":{"name":"Synthetic fixture: HS 2713 China->DPRK","reliability":"B","credibility":2}}
                        """);
                List<SseClient.Event> sent = stream.drain(QUIET);
                assertThat(sent).extracting(e -> e.name() + " " + e.data().get("ruleId").asString())
                        .containsExactly("UPDATED TRADE-001");
                act(service, divergence, "acknowledge", null);
                assertThat(stream.take(1, WAIT).get(0).name()).isEqualTo("STATUS_CHANGED");
            }
        }
    }

    private static List<Long> ids(List<SseClient.Event> events) {
        return events.stream().map(SseClient.Event::id).toList();
    }
}
