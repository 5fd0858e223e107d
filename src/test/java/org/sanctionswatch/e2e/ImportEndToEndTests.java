package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The fixture series through real HTTP, an H2 file, the real rules folder and a restart. */
class ImportEndToEndTests {

    static final Path FIXTURE = Path.of("fixtures/trade/hs2713-chn-prk-monthly-synthetic.csv");

    @TempDir
    Path data;

    @Test
    void importsTheFixtureFlagsTheSurgeAndSurvivesReloadAndRestart() {
        List<String> alertsBefore;
        try (RunningService service = RunningService.start(data)) {
            RunningService.Answer first = service.importFile(FIXTURE);
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.body().get("accepted").asInt()).isEqualTo(144);
            assertThat(first.body().get("duplicates").asInt()).isZero();

            JsonNode surges = service.get("/api/alerts?ruleId=TRADE-001").body();
            assertThat(subjects(surges)).containsExactlyInAnyOrder("CHN|PRK|EXPORT|2713|2024-06",
                    "CHN|PRK|EXPORT|2713|2024-07", "CHN|PRK|EXPORT|2713|2024-08", "CHN|PRK|EXPORT|2713|2024-09");

            long id = surges.get("items").get(0).get("id").asLong();
            JsonNode alert = service.get("/api/alerts/" + id).body();
            assertThat(alert.get("explanation").asString()).contains("US$", "mean of", "12 previous months");
            assertThat(alert.get("evidence")).hasSize(13);
            JsonNode evidence = alert.get("evidence").get(0);
            assertThat(evidence.get("sourceName").asString()).startsWith("Synthetic fixture");
            assertThat(evidence.get("grade").asString()).isEqualTo("B2");
            assertThat(alert.get("rulesetVersion").asString()).isNotBlank();

            RunningService.Answer again = service.importFile(FIXTURE);
            assertThat(again.body().get("accepted").asInt()).isZero();
            assertThat(again.body().get("duplicates").asInt()).isEqualTo(144);
            assertThat(again.body().get("alertsRaised").asInt()).isZero();
            alertsBefore = alertSnapshot(service);
            assertThat(alertsBefore).hasSize(service.get("/api/alerts").body().get("total").asInt());
        }
        try (RunningService restarted = RunningService.start(data)) {
            assertThat(alertSnapshot(restarted)).isEqualTo(alertsBefore);
        }
    }

    /** China's trade with the DPRK is not DPRK-Russia escalation: only the sanctions measure it is named for moves. */
    @Test
    void aThirdCountrysTradeMovesOnlyTheSanctionsPressureItsTheatreNamesItFor() {
        try (RunningService service = RunningService.start(data)) {
            JsonNode before = service.get("/api/escalation/DPRK-RUSSIA").body();
            service.importFile(FIXTURE);
            JsonNode after = service.get("/api/escalation/DPRK-RUSSIA").body();

            assertThat(after.get("escalation").get("level")).isEqualTo(before.get("escalation").get("level"));
            assertThat(after.get("escalation").get("score")).isEqualTo(before.get("escalation").get("score"));
            assertThat(after.get("sanctions").get("score").asDouble())
                    .isGreaterThan(before.get("sanctions").get("score").asDouble());
            for (String rule : List.of("TRADE-001", "TRADE-002", "TRADE-003")) {
                JsonNode items = service.get("/api/alerts?ruleId=" + rule + "&size=100").body().get("items");
                assertThat(items).as(rule).isNotEmpty();
                items.forEach(a -> {
                    JsonNode alert = service.get("/api/alerts/" + a.get("id").asLong()).body();
                    assertThat(alert.get("theatre").asString()).isEqualTo("DPRK-RUSSIA");
                    assertThat(alert.get("belongsTo").asString()).as(rule).startsWith("DPRK-RUSSIA: named in its "
                            + "definition:").contains(" from CHN to PRK");
                    if (!rule.equals("TRADE-003")) {
                        // HS 2713 is watched, not banned: the alert says so instead of implying a breach
                        assertThat(alert.get("provision").asString()).as(rule).startsWith("Not itself a breach");
                    }
                });
            }
        }
    }

    @Test
    void keepsTheOldVersionWhenARevisionArrivesAndWithdrawsTheAlertItNoLongerSupports() {
        try (RunningService service = RunningService.start(data, "sanctionswatch.seeds.enabled=false")) {
            service.importFile(FIXTURE);
            String revised = """
                    {"type":"TRADE_FLOW","reporter":"CHN","partner":"PRK","flow":"EXPORT","commodity":"2713",
                     "period":"2024-06","valueUsd":300000,
                     "source":{"name":"Synthetic fixture: HS 2713 China->DPRK","reliability":"B","credibility":2}}
                    """;
            RunningService.Answer answer = service.postJson(revised);
            assertThat(answer.body().get("revisions").asInt()).isEqualTo(1);
            assertThat(answer.body().get("alertsCleared").asInt()).isPositive();

            JsonNode june = service.get("/api/alerts?ruleId=TRADE-001&active=false").body();
            assertThat(subjects(june)).contains("CHN|PRK|EXPORT|2713|2024-06");

            String id = service.get("/api/alerts/" + june.get("items").get(0).get("id").asLong()).body()
                    .get("evidence").get(0).get("observationId").asString();
            assertThat(id).startsWith("TF-");
            JsonNode versions = service.get("/api/observations/" + revisedId(service) + "/versions").body();
            assertThat(versions).hasSize(2);
            assertThat(versions.get(0).get("observation").get("valueUsd").asDouble()).isEqualTo(1_260_000);
            assertThat(versions.get(1).get("current").asBoolean()).isTrue();
        }
    }

    private static String revisedId(RunningService service) {
        for (JsonNode o : service.get("/api/observations?type=TRADE_FLOW&size=1000").body()) {
            if (o.get("period").asString().equals("2024-06") && o.get("commodity").asString().equals("2713")) {
                return o.get("id").asString();
            }
        }
        throw new AssertionError("revised observation not found");
    }

    static List<String> subjects(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(a -> out.add(a.get("subject").asString()));
        return out;
    }

    /** Every alert with what must not change across a restart. */
    static List<String> alertSnapshot(RunningService service) {
        List<String> out = new ArrayList<>();
        service.get("/api/alerts?size=1000").body().get("items").forEach(a -> out.add(a.get("id") + " "
                + a.get("dedupKey").asString() + " " + a.get("occurrences") + " " + a.get("active") + " "
                + a.get("lastSeenAt").asString() + " " + a.get("explanation").asString()));
        out.sort(null);
        return out;
    }
}
