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

    private static JsonNode first(RunningService s, String ruleId) {
        long id = s.get("/api/alerts?ruleId=" + ruleId).body().get("items").get(0).get("id").asLong();
        return s.get("/api/alerts/" + id).body();
    }
}
