package org.sanctionswatch.e2e;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;

/** Shared steps of the alert tests: finding an alert by rule and subject, acting on it, revising the fixture. */
final class AlertFixtures {

    static final String JUNE = "CHN|PRK|EXPORT|2713|2024-06";
    static final String JULY = "CHN|PRK|EXPORT|2713|2024-07";
    static final String AUGUST = "CHN|PRK|EXPORT|2713|2024-08";
    static final String SEPTEMBER = "CHN|PRK|EXPORT|2713|2024-09";

    /** The fixture's total trade of the pair in the divergence months, as published in it. */
    static final long TOTAL_JULY = 146_999_000L;
    static final long TOTAL_AUGUST = 149_874_000L;

    private AlertFixtures() {
    }

    /** A monthly export of a commodity to the DPRK, as one JSON observation. */
    static String tradeFlow(String reporter, String commodity, String period, long valueUsd) {
        return """
                {"type":"TRADE_FLOW","reporter":"%s","partner":"PRK","flow":"EXPORT","commodity":"%s",
                 "period":"%s","valueUsd":%d,
                 "source":{"name":"Synthetic trade series","reliability":"B","credibility":2}}
                """.formatted(reporter, commodity, period, valueUsd);
    }

    /** Six months of 2021 at 100,000 USD of HS 2713 from China, then July at ten times that: one TRADE-001 surge. */
    static String surgeSeries() {
        StringBuilder json = new StringBuilder("[");
        for (int month = 1; month <= 7; month++) {
            json.append(month == 1 ? "" : ",").append(tradeFlow("CHN", "2713", "2021-%02d".formatted(month),
                    month == 7 ? 1_000_000 : 100_000));
        }
        return json.append("]").toString();
    }

    static long alertId(RunningService service, String ruleId, String subject) {
        for (JsonNode a : service.get("/api/alerts?size=1000&ruleId=" + ruleId).body().get("items")) {
            if (a.get("subject").asString().equals(subject)) {
                return a.get("id").asLong();
            }
        }
        throw new AssertionError("no " + ruleId + " alert on " + subject);
    }

    static JsonNode alert(RunningService service, long id) {
        return service.get("/api/alerts/" + id).body();
    }

    static RunningService.Answer act(RunningService service, long id, String action, String note) {
        return service.send("POST", "/api/alerts/" + id + "/" + action,
                note == null ? "{}" : "{\"note\": \"" + note + "\"}");
    }

    /** A revision of the pair's total trade in one month: the divergence rule (TRADE-002) of that month follows it. */
    static RunningService.Answer reviseTotal(RunningService service, String period, long valueUsd) {
        return service.postJson("""
                {"type":"TRADE_FLOW","reporter":"CHN","partner":"PRK","flow":"EXPORT","commodity":"TOTAL",
                 "period":"%s","valueUsd":%d,
                 "source":{"name":"Synthetic fixture: TOTAL China->DPRK","reliability":"B","credibility":2}}
                """.formatted(period, valueUsd));
    }

    /** A month of HS 2713 beyond the fixture: far above the 2024 mean, so that TRADE-001 raises a new alert. */
    static RunningService.Answer newSurgeMonth(RunningService service, String period, long valueUsd) {
        return service.postJson("""
                {"type":"TRADE_FLOW","reporter":"CHN","partner":"PRK","flow":"EXPORT","commodity":"2713",
                 "period":"%s","valueUsd":%d,
                 "source":{"name":"Synthetic fixture: HS 2713 China->DPRK","reliability":"B","credibility":2}}
                """.formatted(period, valueUsd));
    }

    /** Polls until the condition holds or the deadline passes. */
    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
