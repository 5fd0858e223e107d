package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.sanctionswatch.testing.Gens;
import tools.jackson.databind.JsonNode;

/**
 * Generated CSV and JSON, valid and corrupted, against the running service: never a 5xx, and a refused load leaves
 * the store exactly as it was.
 */
class IngestPropertyTests {

    static final String HEADER = "type,sourceName,reliability,credibility,reporter,partner,flow,commodity,period,"
            + "valueUsd\n";
    static RunningService service;

    @BeforeAll
    static void start() throws IOException {
        service = RunningService.start(Files.createTempDirectory("props"), "sanctionswatch.seeds.enabled=false");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    static Gen<String> csv() {
        Gen<String> row = Gens.all(List.of(
                Gens.pick("CHN", "PRK", "RUS", "XXX", "", "156", "9999"),
                Gens.pick("PRK", "CHN", "ZZZ", ""),
                Gens.pick("EXPORT", "IMPORT", "SIDEWAYS", ""),
                Gens.pick("2713", "27", "TOTAL", "27a", ""),
                Gens.pick("2024-01", "2024-13", "2023", "1850", "x"),
                Gens.pick("100", "-5", "1e3", "NaN", "12,5", "\"1,000\"", "99999999999999999999999999999999999",
                        "", "=1+1"),
                Gens.pick("B", "G", ""),
                Gens.pick("2", "0", "7", "")))
                .map(v -> "TRADE_FLOW,Property test," + v.get(6) + "," + v.get(7) + "," + v.get(0) + "," + v.get(1)
                        + "," + v.get(2) + "," + v.get(3) + "," + v.get(4) + "," + v.get(5));
        Gen<String> file = lists().of(row).ofSizeBetween(0, 12).map(rows -> HEADER + String.join("\n", rows) + "\n");
        Gen<String> garbage = strings().allPossible().ofLengthBetween(0, 200);
        return Generate.oneOf(file, Gens.truncated(file), garbage, garbage.map(g -> HEADER + g));
    }

    static Gen<String> json() {
        Gen<String> item = Gens.all(List.of(
                Gens.pick("\"TRADE_FLOW\"", "\"PORT_CALL\"", "\"NOPE\"", "1", "null"),
                Gens.pick("\"CHN\"", "\"PRK\"", "\"XXX\"", "[]", "{}"),
                Gens.pick("\"2024-05\"", "\"2024-02-30\"", "2024", "\"\""),
                Gens.pick("1", "-1", "1e400", "\"7\"", "true", "12345678901234567890"),
                Gens.pick("{\"name\":\"p\",\"reliability\":\"B\",\"credibility\":2}", "{}", "\"B2\"", "null")))
                .map(v -> "{\"type\":" + v.get(0) + ",\"reporter\":" + v.get(1)
                        + ",\"partner\":\"PRK\",\"flow\":\"EXPORT\",\"commodity\":\"2713\",\"period\":" + v.get(2)
                        + ",\"valueUsd\":" + v.get(3) + ",\"source\":" + v.get(4) + "}");
        Gen<String> batch = lists().of(item).ofSizeBetween(0, 6).map(items -> "[" + String.join(",", items) + "]");
        return Generate.oneOf(batch, Gens.truncated(batch), strings().allPossible().ofLengthBetween(0, 100));
    }

    private static JsonNode counts() {
        return service.get("/api/observations/counts").body();
    }

    @Test
    void csvImportsNeverFailWithA5xxNorWriteHalfABatch() {
        qt().withExamples(150).forAll(csv()).checkAssert(body -> {
            JsonNode before = counts();
            RunningService.Answer answer = service.post("/api/observations/import", "text/csv",
                    HttpRequest.BodyPublishers.ofString(body));
            assertThat(answer.status()).as(body).isLessThan(500);
            if (answer.status() != 200) {
                assertThat(counts()).isEqualTo(before);
            }
        });
    }

    @Test
    void jsonLoadsNeverFailWithA5xxNorWriteHalfABatch() {
        qt().withExamples(150).forAll(json()).checkAssert(body -> {
            JsonNode before = counts();
            RunningService.Answer answer = service.post("/api/observations", "application/json",
                    HttpRequest.BodyPublishers.ofString(body));
            assertThat(answer.status()).as(body).isLessThan(500);
            if (answer.status() != 200) {
                assertThat(counts()).isEqualTo(before);
            }
        });
    }
}
