package org.sanctionswatch.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionswatch.e2e.RunningService;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.TradeFlow;
import org.sanctionswatch.observation.ObservationStore;
import org.sanctionswatch.rules.RuleEngine;

/**
 * A backtest as known on a date takes the live session's observations as the date knew them: the same observations
 * the store reads as known by that instant, whatever order their versions were reported in.
 */
class KnownFromLiveTests {

    @TempDir
    Path data;

    private static String month(String partner, String period, long value, String reportedAt) {
        return """
                {"type":"TRADE_FLOW","reporter":"CHN","partner":"%s","flow":"EXPORT","commodity":"2713",
                 "period":"%s","valueUsd":%d,"reportedAt":"%s",
                 "source":{"name":"Known-from-live fixture","reliability":"B","credibility":2}}"""
                .formatted(partner, period, value, reportedAt);
    }

    private static String text(Observation o) {
        TradeFlow t = (TradeFlow) o;
        return t.partner() + " " + t.period() + "=" + (long) t.valueUsd();
    }

    @Test
    void theLiveObservationsAsKnownByAnInstantAreWhatTheStoreReadsAsKnownByIt() {
        try (RunningService s = RunningService.start(data, "sanctionswatch.seeds.enabled=false")) {
            s.postJson(month("PRK", "2024-03", 100, "2025-01-10T00:00:00Z"));
            s.postJson(month("PRK", "2024-01", 100, "2025-01-01T00:00:00Z"));
            s.postJson(month("PRK", "2024-02", 100, "2025-01-01T00:00:00Z"));
            s.postJson(month("RUS", "2024-01", 100, "2025-01-02T00:00:00Z"));
            // January revised twice before some instants and once after all but the last.
            s.postJson(month("PRK", "2024-01", 200, "2025-01-05T00:00:00Z"));
            s.postJson(month("PRK", "2024-01", 300, "2025-01-20T00:00:00Z"));
            s.postJson(month("PRK", "2024-01", 400, "2025-03-01T00:00:00Z"));
            // February's revision was reported before its first version.
            s.postJson(month("PRK", "2024-02", 250, "2024-12-01T00:00:00Z"));
            s.postJson(month("PRK", "2024-04", 100, "2025-03-01T00:00:00Z"));
            s.postJson(month("RUS", "2024-01", 150, "2025-02-15T00:00:00Z"));
            ObservationStore store = s.bean(ObservationStore.class);
            List<Observation> live = s.bean(RuleEngine.class).snapshot().join().observations();

            for (String instant : List.of("2024-11-01T00:00:00Z", "2025-01-01T00:00:00Z", "2025-01-03T00:00:00Z",
                    "2025-01-07T00:00:00Z", "2025-02-01T00:00:00Z", "2025-02-20T00:00:00Z", "2026-01-01T00:00:00Z")) {
                Instant at = Instant.parse(instant);
                List<String> fromStore = new ArrayList<>();
                store.forEachKnownBy(at, o -> fromStore.add(text(o)));
                List<String> fromLive = known(store, live, at);
                assertThat(fromLive).as(instant).containsExactlyInAnyOrderElementsOf(fromStore);
            }
            Instant february = Instant.parse("2025-02-01T00:00:00Z");
            List<String> before = known(store, live, february);
            assertThat(before).as("in the live session's order, revised ones in their place")
                    .containsExactly("PRK 2024-03=100", "PRK 2024-01=300", "PRK 2024-02=250", "RUS 2024-01=100");
        }
    }

    @Test
    void theStoreIsNotReadForASnapshotOfAnotherStateOfIt() {
        try (RunningService s = RunningService.start(data, "sanctionswatch.seeds.enabled=false")) {
            s.postJson(month("PRK", "2024-01", 100, "2025-01-01T00:00:00Z"));
            ObservationStore store = s.bean(ObservationStore.class);
            Instant at = Instant.parse("2025-02-01T00:00:00Z");
            long stamp = store.commits();
            s.postJson(month("PRK", "2024-01", 200, "2025-03-01T00:00:00Z"));
            assertThat(store.commits()).isNotEqualTo(stamp);
            List<Observation> live = s.bean(RuleEngine.class).snapshot().join().observations();
            assertThat(Backtester.knownFromLive(store, live, at, stamp)).as("a load committed since the stamp")
                    .isEmpty();
            assertThat(known(store, live, at)).containsExactly("PRK 2024-01=100");
            // A duplicate is a load too, though it changes nothing.
            stamp = store.commits();
            s.postJson(month("PRK", "2024-01", 200, "2025-03-01T00:00:00Z"));
            assertThat(Backtester.knownFromLive(store, live, at, stamp)).isEmpty();
        }
    }

    @Test
    void aReportTimeIsComparedAsTheStoreKeepsIt() {
        Instant midnight = Instant.parse("2025-02-01T00:00:00Z");
        assertThat(Backtester.asStored(Instant.parse("2025-01-31T23:59:59.999999500Z"))).isEqualTo(midnight);
        assertThat(Backtester.asStored(Instant.parse("2025-01-31T23:59:59.999999499Z")))
                .isEqualTo(Instant.parse("2025-01-31T23:59:59.999999Z"));
        assertThat(Backtester.asStored(Instant.parse("2025-01-31T23:59:59.999998500Z")))
                .isEqualTo(Instant.parse("2025-01-31T23:59:59.999999Z"));
    }

    private static List<String> known(ObservationStore store, List<Observation> live, Instant at) {
        return Backtester.knownFromLive(store, live, at, store.commits()).orElseThrow().stream()
                .map(KnownFromLiveTests::text).toList();
    }
}
