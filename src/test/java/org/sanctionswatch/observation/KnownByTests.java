package org.sanctionswatch.observation;

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

/**
 * The store as known at an instant: for each id the newest version reported before it, in load order; versions and
 * observations reported later do not count, whatever order their versions were reported in.
 */
class KnownByTests {

    @TempDir
    Path data;

    private static String month(String period, long value, String reportedAt) {
        return """
                {"type":"TRADE_FLOW","reporter":"CHN","partner":"PRK","flow":"EXPORT","commodity":"2713",
                 "period":"%s","valueUsd":%d,"reportedAt":"%s",
                 "source":{"name":"Known-by fixture","reliability":"B","credibility":2}}"""
                .formatted(period, value, reportedAt);
    }

    private static List<String> knownBy(ObservationStore store, String instant) {
        List<String> seen = new ArrayList<>();
        store.forEachKnownBy(Instant.parse(instant), (Observation o) -> {
            TradeFlow t = (TradeFlow) o;
            seen.add(t.period() + "=" + (long) t.valueUsd());
        });
        return seen;
    }

    @Test
    void eachIdIsKnownByItsNewestVersionReportedBeforeTheInstantInLoadOrder() {
        try (RunningService s = RunningService.start(data, "sanctionswatch.seeds.enabled=false")) {
            s.postJson(month("2024-03", 100, "2025-01-10T00:00:00Z"));
            s.postJson(month("2024-01", 100, "2025-01-01T00:00:00Z"));
            s.postJson(month("2024-02", 100, "2025-01-01T00:00:00Z"));
            // January revised twice before the instant and once after it.
            s.postJson(month("2024-01", 200, "2025-01-05T00:00:00Z"));
            s.postJson(month("2024-01", 300, "2025-01-20T00:00:00Z"));
            s.postJson(month("2024-01", 400, "2025-03-01T00:00:00Z"));
            // February's revision was reported before its first version: it is the newer version, and known.
            s.postJson(month("2024-02", 250, "2024-12-01T00:00:00Z"));
            // April is reported only after the instant.
            s.postJson(month("2024-04", 100, "2025-03-01T00:00:00Z"));
            ObservationStore store = s.bean(ObservationStore.class);

            assertThat(knownBy(store, "2025-02-01T00:00:00Z"))
                    .containsExactly("2024-03=100", "2024-01=300", "2024-02=250");
            assertThat(knownBy(store, "2025-01-07T00:00:00Z"))
                    .containsExactly("2024-01=200", "2024-02=250");
            assertThat(knownBy(store, "2025-01-01T00:00:00Z")).containsExactly("2024-02=250");
            assertThat(knownBy(store, "2026-01-01T00:00:00Z"))
                    .containsExactly("2024-03=100", "2024-01=400", "2024-02=250", "2024-04=100");
        }
    }
}
