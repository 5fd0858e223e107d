package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Alerts cannot be silenced quietly: the engine's safety settings are for administrators only, and the findings a
 * runaway rule has held back are counted in the rules' health and in metrics. Health tells anyone the status only.
 */
class SafetySettingsTests {

    @TempDir
    static Path data;
    static RunningService service;
    static String analyst;

    @BeforeAll
    static void start() {
        service = RunningService.start(data, "sanctionswatch.seeds.enabled=false");
        analyst = service.send("POST", "/api/keys", "{\"name\": \"tuner\", \"roles\": [\"ANALYST\"]}").body()
                .get("key").asString();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void onlyAnAdministratorChangesTheRunawayLimitAndHeldFindingsAreCounted() {
        String silence = "{\"comment\": \"quiet\", \"parameters\": {\"engine.runawayLimit\": 1}}";
        RunningService.Answer refused = service.as(analyst).send("PATCH", "/api/parameters", silence);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("detail").asString()).contains("engine.runawayLimit");
        int before = service.get("/api/rulesets").body().get(0).get("version").asInt();

        assertThat(service.send("PATCH", "/api/parameters", silence).status()).as("an administrator may")
                .isEqualTo(200);
        assertThat(service.as(analyst).send("POST", "/api/rulesets/" + before + "/rollback",
                "{\"comment\": \"undo\"}").status()).as("nor may an analyst roll the setting back").isEqualTo(403);

        assertThat(service.importFile(Path.of("fixtures/trade/hs2713-chn-prk-monthly-synthetic.csv")).status())
                .isEqualTo(200);
        java.util.Map<String, Long> heldByRule = new java.util.TreeMap<>();
        for (JsonNode rule : service.get("/api/rules").body().get("rules")) {
            if (rule.get("health") != null && !rule.get("health").isNull()) {
                assertThat(rule.get("health").get("runaway").asBoolean()).isTrue();
                // a rule id may name several DRL rules: its health is the id's
                heldByRule.put(rule.get("id").asString(), rule.get("health").get("heldFindings").asLong());
            }
        }
        long held = heldByRule.values().stream().mapToLong(Long::longValue).sum();
        assertThat(held).as("held findings counted per rule").isPositive();
        JsonNode metric = service.get("/actuator/metrics/sanctionswatch.findings.held").body();
        assertThat(metric.get("measurements").get(0).get("value").asDouble()).isEqualTo(held);

        assertThat(service.send("POST", "/api/rulesets/" + before + "/rollback", "{\"comment\": \"undo\"}")
                .status()).isEqualTo(200);
    }

    @Test
    void healthTellsAnyoneTheStatusAndAdministratorsTheDetails() {
        JsonNode anyone = service.as(null).get("/actuator/health").body();
        assertThat(anyone.get("status").asString()).isEqualTo("UP");
        assertThat(anyone.has("components")).as("no details for anyone").isFalse();
        JsonNode viewer = service.as(service.send("POST", "/api/keys",
                "{\"name\": \"reader\", \"roles\": [\"VIEWER\"]}").body().get("key").asString())
                .get("/actuator/health").body();
        assertThat(viewer.has("components")).isFalse();
        assertThat(service.get("/actuator/health").body().get("components").has("db")).isTrue();
    }
}
