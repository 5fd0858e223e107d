package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** A fresh store with the seeds: the source's picture of the DPRK-Russia theatre as alerts and two measures. */
class SeedsEndToEndTests {

    @TempDir
    Path data;

    private static List<String> rules(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(a -> out.add(a.get("ruleId").asString() + " " + a.get("subject").asString()));
        return out;
    }

    @Test
    void seedsGiveTheSourcesAssessmentWithEvidenceDecayedByTheCalendarAndMarkedStale() {
        try (RunningService s = RunningService.start(data)) {
            JsonNode alerts = s.get("/api/alerts?theatre=DPRK-RUSSIA&size=100").body();
            List<String> fired = rules(alerts);
            assertThat(fired).anyMatch(r -> r.startsWith("MIL-001 "));
            assertThat(fired).anyMatch(r -> r.startsWith("MIL-004 "));
            assertThat(fired).anyMatch(r -> r.startsWith("MIL-005 "));
            assertThat(fired).filteredOn(r -> r.startsWith("DIP-001 ")).hasSizeGreaterThanOrEqualTo(2);
            assertThat(fired).anyMatch(r -> r.startsWith("ESC-001 DPRK-RUSSIA|level-"));

            JsonNode troops = first(s, "MIL-001");
            assertThat(troops.get("category").asString()).isEqualTo("ESCALATION");
            assertThat(troops.get("evidence").get(0).get("citation").asString()).isNotBlank();
            assertThat(troops.get("evidence").get(0).get("grade").asString()).matches("[A-F][1-6]");

            JsonNode munitions = first(s, "MIL-004");
            assertThat(munitions.get("category").asString()).isEqualTo("SANCTIONS_CONCERN");
            assertThat(munitions.get("explanation").asString()).contains("8,000,000");

            // Judged today, the October 2024 picture has decayed with the calendar and says how old it is.
            JsonNode escalation = s.get("/api/escalation/DPRK-RUSSIA").body().get("escalation");
            assertThat(escalation.get("peakLevel").asInt()).isEqualTo(3);
            assertThat(escalation.get("level").asInt()).isLessThan(3);
            assertThat(escalation.get("stale").asBoolean()).isTrue();
            assertThat(escalation.get("newestEvidence").asString()).isEqualTo("2024-10-23");
            assertThat(escalation.get("facts")).hasSize(6);
            assertThat(escalation.get("bands")).hasSize(4);
            assertThat(s.get("/api/escalation/DPRK-RUSSIA").body().get("sanctions").get("peakLevel").asInt())
                    .isEqualTo(2);
            assertThat(s.get("/api/escalation").body().get(0).get("theatre").asString()).isEqualTo("DPRK-RUSSIA");
        }
    }

    @Test
    void resolvingTheFindingsLowersTheLevelAndTheArmsEmbargoAlertsCiteTheirProvision() {
        try (RunningService s = RunningService.start(data)) {
            JsonNode munitions = first(s, "MIL-004");
            assertThat(munitions.get("provision").asString()).contains("UNSCR 1718");
            double before = s.get("/api/escalation/DPRK-RUSSIA").body().get("escalation").get("score").asDouble();
            for (JsonNode a : s.get("/api/alerts?ruleId=MIL-001").body().get("items")) {
                long id = a.get("id").asLong();
                assertThat(s.send("POST", "/api/alerts/" + id + "/acknowledge", "{}").status()).isEqualTo(200);
                assertThat(s.send("POST", "/api/alerts/" + id + "/resolve",
                        "{\"note\": \"reviewed: counted in the munitions assessment\"}").status()).isEqualTo(200);
            }
            JsonNode after = s.get("/api/escalation/DPRK-RUSSIA").body().get("escalation");
            assertThat(after.get("score").asDouble()).isLessThan(before);
            after.get("facts").forEach(c -> assertThat(c.get("ruleId").asString()).isNotEqualTo("MIL-001"));
        }
    }

    @Test
    void theHistoryShowsEachMonthAsItWasKnownThen() {
        try (RunningService s = RunningService.start(data)) {
            RunningService.Answer answer = s.get("/api/escalation/DPRK-RUSSIA/history?from=2024-10-01&to=2026-12-01"
                    + "&step=P1M");
            assertThat(answer.status()).isEqualTo(200);
            JsonNode points = answer.body().get("points");
            assertThat(points).hasSize(27);
            // Before the analysis was reported nothing was known; the week after, its worked sum.
            assertThat(points.get(0).get("date").asString()).isEqualTo("2024-10-01");
            assertThat(points.get(0).get("escalation").get("level").asInt()).isZero();
            assertThat(points.get(1).get("date").asString()).isEqualTo("2024-11-01");
            assertThat(points.get(1).get("escalation").get("level").asInt()).isEqualTo(3);
            assertThat(points.get(1).get("escalation").get("score").asDouble()).isEqualTo(9.01);
            assertThat(points.get(1).get("sanctions").get("score").asDouble()).isEqualTo(4.92);
            assertThat(points.get(26).get("escalation").get("level").asInt()).isEqualTo(1);
            assertThat(points.get(26).get("escalation").get("stale").asBoolean()).isTrue();

            RunningService.Answer bad = s.get("/api/escalation/DPRK-RUSSIA/history?step=P1X&from=2024-13-01");
            assertThat(bad.status()).isEqualTo(422);
            assertThat(bad.body().get("errors").valueStream().map(e -> e.get("field").asString()))
                    .containsExactlyInAnyOrder("step", "from");
            assertThat(s.get("/api/escalation/DPRK-RUSSIA/history?from=1900-01-01&step=P1D").status())
                    .isEqualTo(422);
            for (String odd : List.of("step=P500000000D", "step=P300000Y", "to=%2B999999999-12-31",
                    "to=-999999999-01-01", "from=0000-01-01", "to=2024-99-01&step=P1M")) {
                assertThat(s.get("/api/escalation/DPRK-RUSSIA/history?" + odd).status()).as(odd).isEqualTo(422);
            }
            assertThat(s.get("/api/escalation/NOWHERE/history").status()).isEqualTo(404);
        }
    }

    private static JsonNode first(RunningService s, String ruleId) {
        long id = s.get("/api/alerts?ruleId=" + ruleId).body().get("items").get(0).get("id").asLong();
        return s.get("/api/alerts/" + id).body();
    }
}
