package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Parameters, ruleset versions, hot swap, rollback and backtests, over HTTP on the fixture series. */
class TuningEndToEndTests {

    @TempDir
    Path data;

    private static RunningService.Answer patch(RunningService s, String body) {
        return s.send("PATCH", "/api/parameters", body);
    }

    private static RunningService.Answer backtest(RunningService s, String body) {
        return s.post("/api/backtests", "application/json", HttpRequest.BodyPublishers.ofString(body));
    }

    private static Set<String> keys(JsonNode items) {
        Set<String> out = new HashSet<>();
        items.forEach(i -> out.add(i.get("dedupKey").asString()));
        return out;
    }

    private static Set<String> activeAlerts(RunningService s) {
        Set<String> out = new HashSet<>();
        s.get("/api/alerts?active=true&size=1000").body().get("items")
                .forEach(a -> out.add(a.get("dedupKey").asString()));
        return out;
    }

    @Test
    void refusesOutOfRangeAndUnknownParametersNamingEachAndChangesNothing() {
        try (RunningService s = RunningService.start(data, "sanctionswatch.seeds.enabled=false")) {
            RunningService.Answer answer = patch(s, """
                    {"comment":"try", "parameters": {"TRADE-001.ratio": 0.5, "TRADE-001.baselinePeriods": 2.5,
                     "TRADE-009.nothing": 1}}""");
            assertThat(answer.status()).isEqualTo(422);
            List<String> fields = new ArrayList<>();
            answer.body().get("errors").forEach(e -> fields.add(e.get("field").asString() + ": "
                    + e.get("reason").asString()));
            assertThat(fields).containsExactlyInAnyOrder("TRADE-001.ratio: 0.5 is below the minimum 1.0",
                    "TRADE-001.baselinePeriods: 2.5 is not a whole number", "TRADE-009.nothing: unknown parameter");
            assertThat(s.get("/api/rulesets").body()).hasSize(1);
            assertThat(patch(s, "{\"parameters\": {\"TRADE-001.ratio\": 3}}").status()).as("comment required")
                    .isEqualTo(422);
        }
    }

    @Test
    void backtestShowsWhatARaisedRatioRemovesThenThePatchAppliesItLiveAndARollbackRestores() {
        try (RunningService s = RunningService.start(data, "sanctionswatch.seeds.enabled=false")) {
            s.importFile(ImportEndToEndTests.FIXTURE);
            Set<String> before = activeAlerts(s);

            // Surge ratios in the fixture: 2024-06 6.02, 07 5.42, 08 4.53, 09 3.91.
            JsonNode result = backtest(s, "{\"parameters\": {\"TRADE-001.ratio\": 5.0}}").body();
            assertThat(keys(result.get("onlyCurrent"))).containsExactlyInAnyOrder(
                    "TRADE-001|CHN|PRK|EXPORT|2713|2024-08", "TRADE-001|CHN|PRK|EXPORT|2713|2024-09");
            assertThat(result.get("onlyCandidate")).isEmpty();
            assertThat(activeAlerts(s)).as("a backtest leaves live alerts alone").isEqualTo(before);

            JsonNode v2 = patch(s, "{\"comment\": \"fewer, stronger surges\", \"parameters\": "
                    + "{\"TRADE-001.ratio\": 5.0}}").body();
            assertThat(v2.get("label").asString()).isEqualTo("v2");
            assertThat(v2.get("diff").get(0).get("key").asString()).isEqualTo("TRADE-001.ratio");
            assertThat(v2.get("diff").get(0).get("from").asString()).isEqualTo("2");
            assertThat(v2.get("diff").get(0).get("to").asString()).isEqualTo("5");
            Set<String> after = activeAlerts(s);
            assertThat(before).containsAll(after);
            assertThat(before.size() - after.size()).isEqualTo(2);
            assertThat(s.get("/api/parameters").body().get("rulesetVersion").asString()).isEqualTo("v2");

            JsonNode v3 = s.post("/api/rulesets/1/rollback", "application/json",
                    HttpRequest.BodyPublishers.ofString("{\"comment\": \"back to the default\"}")).body();
            assertThat(v3.get("label").asString()).isEqualTo("v3");
            assertThat(activeAlerts(s)).isEqualTo(before);
            assertThat(s.get("/api/rulesets").body()).hasSize(3);
        }
    }

    @Test
    void asOfADateBeforeARevisionJudgesTheEarlierValue() throws IOException {
        Path known = data.resolve("known-2024-12-31.csv");
        Files.writeString(known, Files.readString(ImportEndToEndTests.FIXTURE)
                .replace("TRADE_FLOW,,,,", "TRADE_FLOW,,,2024-12-31T00:00:00Z,"));
        try (RunningService s = RunningService.start(data.resolve("db"), "sanctionswatch.seeds.enabled=false")) {
            assertThat(s.importFile(known).body().get("accepted").asInt()).isEqualTo(144);
            s.postJson("""
                    {"type":"TRADE_FLOW","reporter":"CHN","partner":"PRK","flow":"EXPORT","commodity":"2713",
                     "period":"2024-06","valueUsd":300000,"reportedAt":"2025-03-01T00:00:00Z",
                     "source":{"name":"Synthetic fixture: HS 2713 China->DPRK","reliability":"B","credibility":2}}""");
            String june = "TRADE-001|CHN|PRK|EXPORT|2713|2024-06";
            // A candidate at ratio 6: June (6.02 on the first value) still fires in both; the others drop.
            JsonNode asKnownThen = backtest(s, "{\"parameters\": {\"TRADE-001.ratio\": 6.0}, "
                    + "\"asOf\": \"2025-01-31\"}").body();
            assertThat(keys(asKnownThen.get("onlyCurrent"))).doesNotContain(june)
                    .contains("TRADE-001|CHN|PRK|EXPORT|2713|2024-07");
            assertThat(asKnownThen.get("counts").get("unchanged").asInt()).isPositive();
            JsonNode asKnownNow = backtest(s, "{\"parameters\": {\"TRADE-001.ratio\": 6.0}}").body();
            assertThat(asKnownNow.get("counts").get("current").asInt())
                    .isLessThan(asKnownThen.get("counts").get("current").asInt());
        }
    }

    @Test
    void theBacktestOfThePresentTakesTheLiveFindingsAndAgreesWithOneReadFromTheStore() {
        try (RunningService s = RunningService.start(data)) {
            s.importFile(ImportEndToEndTests.FIXTURE);
            String escalation = "ESC-001|DPRK-RUSSIA|";
            assertThat(activeAlerts(s)).anyMatch(k -> k.startsWith(escalation));
            // People close every finding's alert: none adds to escalation any more, live or in a backtest.
            s.get("/api/alerts?active=true&size=1000").body().get("items").forEach(a -> {
                if (!a.get("ruleId").asString().equals("ESC-001")) {
                    AlertFixtures.act(s, a.get("id").asLong(), "acknowledge", null);
                    AlertFixtures.act(s, a.get("id").asLong(), "dismiss", "closed for the test");
                }
            });
            assertThat(activeAlerts(s)).noneMatch(k -> k.startsWith(escalation));

            JsonNode unchanged = backtest(s, "{}").body();
            assertThat(unchanged.get("onlyCandidate")).as("the candidate sees the closed alerts too").isEmpty();
            assertThat(unchanged.get("onlyCurrent")).isEmpty();

            // The present (live findings, the candidate judged alone) and "as known today" (both sides judged, on
            // the live observations as the day knew them) are two paths to one answer.
            String candidate = "\"parameters\": {\"TRADE-001.ratio\": 5.0}";
            JsonNode present = backtest(s, "{" + candidate + "}").body();
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
            JsonNode fromStore = backtest(s, "{" + candidate + ", \"asOf\": \"" + today
                    + "\"}").body();
            assertThat(keys(present.get("onlyCurrent"))).containsExactlyInAnyOrder(
                    "TRADE-001|CHN|PRK|EXPORT|2713|2024-08", "TRADE-001|CHN|PRK|EXPORT|2713|2024-09");
            // With DRL of its own (here the same rules) a candidate is judged whole: the same answer again, so
            // judging only the groups a change touches loses nothing.
            String sameRules = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(
                    org.sanctionswatch.rules.RuleBaseBuilder.readFolder(Path.of("rules")));
            JsonNode whole = backtest(s, "{" + candidate + ", \"drl\": " + sameRules + "}").body();
            for (String field : List.of("observations", "counts", "onlyCandidate", "onlyCurrent", "severityChanged")) {
                assertThat(present.get(field)).as(field).isEqualTo(fromStore.get(field));
                assertThat(present.get(field)).as(field).isEqualTo(whole.get(field));
            }
            // A change of the surge ratio judges the surge, the placement and measures that weigh findings, and
            // MIL-004, whose episodes the reading of the rules does not see into.
            List<String> touched = List.of("ESC-001", "MIL-004", "SAN-001", "THEATRE-001", "TRADE-001");
            assertThat(present.get("judgedGroups").valueStream().map(JsonNode::asString)).isEqualTo(touched);
            assertThat(fromStore.get("judgedGroups").valueStream().map(JsonNode::asString)).isEqualTo(touched);
            assertThat(whole.get("judgedGroups")).hasSize(20);
        }
    }

    @Test
    void aBacktestShowsBothMeasuresOfEachTheatreBeforeAndAfterTheChange() {
        try (RunningService s = RunningService.start(data)) {
            // As of the week after the analysis, the seeds' escalation is 9.01 (level 3); without troops, 6.06.
            JsonNode result = backtest(s, "{\"parameters\": {\"ESC-001.weight.MIL-001\": 0}, "
                    + "\"asOf\": \"2024-11-01\"}").body();
            JsonNode escalation = null;
            JsonNode sanctions = null;
            for (JsonNode m : result.get("measures")) {
                if (m.get("theatre").asString().equals("DPRK-RUSSIA")) {
                    if (m.get("measure").asString().equals("ESCALATION")) {
                        escalation = m;
                    } else {
                        sanctions = m;
                    }
                }
            }
            assertThat(escalation.get("levelBefore").asInt()).isEqualTo(3);
            assertThat(escalation.get("scoreBefore").asDouble()).isEqualTo(9.01);
            assertThat(escalation.get("levelAfter").asInt()).isEqualTo(2);
            assertThat(escalation.get("scoreAfter").asDouble()).isEqualTo(6.06);
            assertThat(sanctions.get("scoreAfter").asDouble()).isEqualTo(sanctions.get("scoreBefore").asDouble())
                    .isEqualTo(4.92);
        }
    }

    @Test
    void aCandidateDrlThatDoesNotCompileGetsItsErrors() {
        try (RunningService s = RunningService.start(data, "sanctionswatch.seeds.enabled=false")) {
            RunningService.Answer answer = backtest(s, """
                    {"drl": {"trade/surge.drl": "package trade;\\nrule \\"TRADE-001 x\\"\\nwhen\\n  Nope()\\nthen\\nend\\n"}}""");
            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.body().get("errors").get(0).get("file").asString()).isEqualTo("trade/surge.drl");
            assertThat(answer.body().get("errors").get(0).get("line").asInt()).isEqualTo(4);
        }
    }

    @Test
    void everyObservationIsJudgedOnceByTheFinalRulesetUnderConcurrentLoadsAndSwaps() throws Exception {
        try (RunningService s = RunningService.start(data, "sanctionswatch.seeds.enabled=false")) {
            String fixture = Files.readString(ImportEndToEndTests.FIXTURE);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<RunningService.Answer>> loads = new ArrayList<>();
            // Four copies of the series under four different reporters, loaded while the ratio flips.
            for (String reporter : List.of("CHN", "RUS", "KOR", "JPN")) {
                String copy = fixture.replace(",CHN,PRK,", "," + reporter + ",PRK,");
                loads.add(pool.submit(() -> s.post("/api/observations/import", "text/csv",
                        HttpRequest.BodyPublishers.ofString(copy))));
            }
            Future<?> swaps = pool.submit(() -> {
                for (int i = 0; i < 4; i++) {
                    patch(s, "{\"comment\": \"flip " + i + "\", \"parameters\": {\"TRADE-001.ratio\": "
                            + (i % 2 == 0 ? 5.0 : 2.0) + "}}");
                }
            });
            for (Future<RunningService.Answer> f : loads) {
                assertThat(f.get().status()).isEqualTo(200);
            }
            swaps.get();
            pool.shutdown();
            // The last flip leaves ratio 2: a fresh evaluation of what is stored must equal the live alerts.
            JsonNode fresh = backtest(s, "{}").body();
            assertThat(fresh.get("observations").asLong()).isEqualTo(4 * 144);
            assertThat(fresh.get("counts").get("current").asInt()).isEqualTo(activeAlerts(s).size());
            // Per copy of the series: 4 surges (TRADE-001) and 7 divergences (TRADE-002) at ratio 2.
            assertThat(activeAlerts(s)).filteredOn(k -> k.startsWith("TRADE-001|") || k.startsWith("TRADE-002|"))
                    .hasSize(4 * 11);
        }
    }
}
