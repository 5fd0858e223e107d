package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * No rule may hang the service: a rule that fires without end is halted by the watchdog and named. A reload that
 * brings one is refused and the rules in force go on; a load that sets one running is refused and the rule held back;
 * a service that starts with one holds it back and serves.
 */
class RunawayRuleTests {

    /** Touches every flow again, without no-loop: each update matches it anew. */
    static final String EVERY_FLOW = """
            package trade;
            import org.sanctionswatch.fact.TradeFlow;
            rule "LOOP-001 Touches every flow again and again"
            when
                $t : TradeFlow()
            then
                update($t);
            end
            """;

    /** The same, only for one commodity code no real load carries. */
    static final String ONE_CODE = EVERY_FLOW.replace("TradeFlow()", "TradeFlow(commodity == \"999999\")")
            .replace("LOOP-001 Touches every flow", "LOOP-002 Touches code 999999");

    @TempDir
    Path dir;
    Path rules;

    @BeforeEach
    void copyRules() throws IOException {
        rules = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path p : files.toList()) {
                Path to = rules.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        // a pass halts after 100,000 firings here: the loops below reach that in well under a second
        Path parameters = rules.resolve("parameters.json");
        Files.writeString(parameters, Files.readString(parameters).replaceFirst(
                "(\"key\": \"engine.maxFiringsPerPass\",\\s*\"value\": )\\d+", "$1100000"));
    }

    private RunningService start() {
        return RunningService.start(dir.resolve("data"), "sanctionswatch.seeds.enabled=false",
                "sanctionswatch.rules.dir=" + rules);
    }

    private static String flow(String commodity, String period) {
        return """
                {"type":"TRADE_FLOW","reporter":"CHN","partner":"PRK","flow":"EXPORT","commodity":"%s",
                 "period":"%s","valueUsd":100000,
                 "source":{"name":"Runaway test","reliability":"B","credibility":2}}""".formatted(commodity, period);
    }

    @Test
    void aReloadThatBringsARuleWithoutEndIsRefusedAndTheRulesInForceGoOn() throws IOException {
        try (RunningService service = start()) {
            assertThat(service.postJson(flow("2713", "2021-01")).status()).isEqualTo(200);
            String version = service.get("/api/rules").body().get("rulesetVersion").asString();
            Files.writeString(rules.resolve("trade/loop.drl"), EVERY_FLOW);

            RunningService.Answer refused = service.send("POST", "/api/rulesets/reload", "{\"comment\": \"loop\"}");
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body().get("rule").asString()).startsWith("LOOP-001");
            assertThat(refused.body().get("detail").asString()).contains("fires without end")
                    .contains("The rules in force are unchanged");

            JsonNode now = service.get("/api/rules").body();
            assertThat(now.get("rulesetVersion").asString()).isEqualTo(version);
            assertThat(now.get("rules").toString()).doesNotContain("LOOP-001");
            assertThat(service.postJson(flow("2713", "2021-02")).status()).as("loads go on").isEqualTo(200);
        }
    }

    @Test
    void aLoadThatSetsARuleRunningIsRefusedAndTheRuleHeldBack() throws IOException {
        Files.writeString(rules.resolve("trade/loop.drl"), ONE_CODE);
        try (RunningService service = start()) {
            RunningService.Answer refused = service.postJson(flow("999999", "2021-01"));
            assertThat(refused.status()).as(String.valueOf(refused.body())).isEqualTo(422);
            assertThat(refused.body().get("rule").asString()).startsWith("LOOP-002");
            assertThat(service.get("/api/observations/counts").body().path("TRADE_FLOW").asLong())
                    .as("nothing of it stored").isZero();
            assertThat(health(service, "LOOP-002")).contains("fired without end");

            assertThat(service.postJson(flow("999999", "2021-02")).status()).as("held back, it fires no more")
                    .isEqualTo(200);
            assertThat(service.postJson(flow("2713", "2021-03")).status()).isEqualTo(200);
        }
    }

    @Test
    void aServiceThatStartsWithARuleWithoutEndHoldsItBackAndServes() throws IOException {
        try (RunningService service = start()) {
            assertThat(service.postJson(flow("2713", "2021-01")).status()).isEqualTo(200);
        }
        // the rule reaches the folder while the service is stopped; the restart replays the stored flow into it
        Files.writeString(rules.resolve("trade/loop.drl"), EVERY_FLOW);
        try (RunningService service = start()) {
            assertThat(health(service, "LOOP-001")).contains("fired without end");
            assertThat(service.get("/actuator/health").body().get("status").asString()).isEqualTo("UP");
            assertThat(service.postJson(flow("2713", "2021-02")).status()).isEqualTo(200);
        }
    }

    private static String health(RunningService service, String ruleId) {
        for (JsonNode rule : service.get("/api/rules").body().get("rules")) {
            if (rule.get("id").asString().equals(ruleId)) {
                return String.valueOf(rule.get("health"));
            }
        }
        return "no rule " + ruleId;
    }
}
