package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionswatch.rules.RuleEngine;
import tools.jackson.databind.JsonNode;

/**
 * Retention on ({@code sanctionswatch.engine.retention.enabled}, a year's allowance for late data): old trade flows
 * leave the live session as newer ones arrive, their alerts and the theatre's level stay as they were, later
 * statistics dated before what the session holds are stored but not judged live, and the store still has everything
 * for a backtest and a start.
 */
class RetentionEndToEndTests {

    private static final String SURGE = "TRADE-001|CHN|PRK|EXPORT|2713|2021-07";
    private static final String[] RETAIN = {"sanctionswatch.seeds.enabled=false",
        "sanctionswatch.engine.retention.enabled=true", "sanctionswatch.engine.retention.late-by=P1Y"};

    @TempDir
    Path data;

    private static JsonNode alert(RunningService s, String key) {
        for (JsonNode a : s.get("/api/alerts?size=1000").body().get("items")) {
            if (a.get("dedupKey").asString().equals(key)) {
                return s.get("/api/alerts/" + a.get("id").asLong()).body();
            }
        }
        throw new AssertionError("no alert " + key);
    }

    private static Set<String> evidence(JsonNode alert) {
        Set<String> ids = new HashSet<>();
        alert.get("evidence").forEach(e -> ids.add(e.get("observationId").asString()));
        return ids;
    }

    private static int held(RunningService s) {
        return s.bean(RuleEngine.class).observationsHeld().join();
    }

    @Test
    void oldFlowsLeaveTheSessionWhileTheirAlertsAndTheLevelStay() {
        try (RunningService s = RunningService.start(data, RETAIN)) {
            assertThat(s.postJson(AlertFixtures.surgeSeries()).status()).isEqualTo(200);
            JsonNode raised = alert(s, SURGE);
            assertThat(raised.get("active").asBoolean()).isTrue();
            double score = s.get("/api/escalation/DPRK-RUSSIA").body().get("sanctions").get("score").asDouble();
            assertThat(score).isPositive();
            assertThat(held(s)).isEqualTo(7);

            // August 2023 is newest: the session holds 24 months behind it, from 2021-08.
            assertThat(s.postJson(AlertFixtures.tradeFlow("RUS", "8703", "2023-08", 50_000)).status()).isEqualTo(200);
            assertThat(held(s)).as("the surge's series left the session").isEqualTo(1);
            JsonNode after = alert(s, SURGE);
            assertThat(after.get("active").asBoolean()).as("its alert stays").isTrue();
            assertThat(after.get("explanation").asString()).isEqualTo(raised.get("explanation").asString());
            assertThat(evidence(after)).hasSize(7).isEqualTo(evidence(raised));
            assertThat(after.get("lastSeenAt").asString()).isEqualTo(raised.get("lastSeenAt").asString());
            assertThat(s.get("/api/escalation/DPRK-RUSSIA").body().get("sanctions").get("score").asDouble())
                    .as("its finding still counts toward the level").isEqualTo(score);

            // A revision of a month the session no longer holds is stored, not judged live.
            assertThat(s.postJson(AlertFixtures.tradeFlow("CHN", "2713", "2021-02", 400_000)).status()).isEqualTo(200);
            assertThat(held(s)).isEqualTo(1);
            assertThat(alert(s, SURGE).get("explanation").asString())
                    .isEqualTo(raised.get("explanation").asString());

            // A backtest of the present reads the store, which has everything: the surge is there to remove.
            JsonNode backtest = s.post("/api/backtests", "application/json",
                    HttpRequest.BodyPublishers.ofString("{\"parameters\": {\"TRADE-001.ratio\": 20}}")).body();
            Set<String> onlyCurrent = new HashSet<>();
            backtest.get("onlyCurrent").forEach(f -> onlyCurrent.add(f.get("dedupKey").asString()));
            assertThat(onlyCurrent).contains(SURGE);
            // As known on a date too: the store, not the session that lost the series.
            JsonNode asOf = s.post("/api/backtests", "application/json", HttpRequest.BodyPublishers.ofString(
                    "{\"parameters\": {\"TRADE-001.ratio\": 20}, \"asOf\": \""
                            + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "\"}")).body();
            Set<String> onlyCurrentAsOf = new HashSet<>();
            asOf.get("onlyCurrent").forEach(f -> onlyCurrentAsOf.add(f.get("dedupKey").asString()));
            assertThat(onlyCurrentAsOf).contains(SURGE);
            assertThat(asOf.get("observations").asLong()).isEqualTo(backtest.get("observations").asLong());
        }

        // A start judges the whole store again (the revision among it), then lets the old flows go.
        try (RunningService s = RunningService.start(data, RETAIN)) {
            JsonNode restarted = alert(s, SURGE);
            assertThat(restarted.get("active").asBoolean()).isTrue();
            assertThat(restarted.get("explanation").asString()).as("with the revised February")
                    .contains("mean of 150,000 US$");
            assertThat(held(s)).isEqualTo(1);
        }
    }

    private static String rail(String date, int railcars) {
        return """
                {"type":"RAIL_TRAFFIC","crossing":"Tumangang-Khasan","date":"%s","railcars":%d,
                 "direction":"PRK->RUS","countries":["PRK","RUS"],
                 "source":{"name":"Synthetic retention counts","reliability":"B","credibility":2}}
                """.formatted(date, railcars);
    }

    private static Set<String> alertKeys(RunningService s, String ruleId) {
        Set<String> keys = new HashSet<>();
        s.get("/api/alerts?size=1000&ruleId=" + ruleId).body().get("items")
                .forEach(a -> keys.add(a.get("dedupKey").asString()));
        return keys;
    }

    @Test
    void railCountsThatLeaveTheSessionStillMakeTheCrossingsHistory() {
        try (RunningService s = RunningService.start(data, RETAIN)) {
            StringBuilder january = new StringBuilder("[");
            for (int day = 1; day <= 7; day++) {
                january.append(day == 1 ? "" : ",").append(rail("2022-01-0" + day, day == 7 ? 100 : 20));
            }
            assertThat(s.postJson(january.append("]").toString()).status()).isEqualTo(200);
            Set<String> surges = alertKeys(s, "LOG-001");
            assertThat(surges).hasSize(1);

            // 2023-03-01 is newest: the session holds a year and LOG-001's 30 days behind it, from 2022-01-30.
            assertThat(s.postJson(rail("2023-03-01", 30)).status()).isEqualTo(200);
            assertThat(held(s)).isEqualTo(1);
            // 50 is above every count the session still holds, but not above the crossing's maximum of 100.
            assertThat(s.postJson(rail("2023-03-02", 50)).status()).isEqualTo(200);
            assertThat(alertKeys(s, "LOG-001")).isEqualTo(surges);
            assertThat(alert(s, surges.iterator().next()).get("active").asBoolean()).isTrue();
        }
    }

    @Test
    void withRetentionOffTheSessionKeepsEveryFlow() {
        try (RunningService s = RunningService.start(data, "sanctionswatch.seeds.enabled=false")) {
            s.postJson(AlertFixtures.surgeSeries());
            s.postJson(AlertFixtures.tradeFlow("RUS", "8703", "2023-08", 50_000));
            assertThat(held(s)).isEqualTo(8);
            assertThat(alert(s, SURGE).get("active").asBoolean()).isTrue();
        }
    }
}
