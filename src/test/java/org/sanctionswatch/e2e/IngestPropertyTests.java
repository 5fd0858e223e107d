package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import tools.jackson.databind.JsonNode;

/**
 * Generated CSV and JSON, valid and corrupted, against the running service: never a 5xx, and a refused load leaves
 * the store exactly as it was.
 */
class IngestPropertyTests {

    static final String HEADER = "type,sourceName,reliability,credibility,reporter,partner,flow,commodity,period,"
            + "valueUsd\n";
    static RunningService service;

    @BeforeContainer
    static void start() throws IOException {
        service = RunningService.start(Files.createTempDirectory("props"), "sanctionswatch.seeds.enabled=false");
    }

    @AfterContainer
    static void stop() {
        service.close();
    }

    @Provide
    Arbitrary<String> csv() {
        Arbitrary<String> row = Combinators.combine(
                Arbitraries.of("CHN", "PRK", "RUS", "XXX", "", "156", "9999"),
                Arbitraries.of("PRK", "CHN", "ZZZ", ""),
                Arbitraries.of("EXPORT", "IMPORT", "SIDEWAYS", ""),
                Arbitraries.of("2713", "27", "TOTAL", "27a", ""),
                Arbitraries.of("2024-01", "2024-13", "2023", "1850", "x"),
                Arbitraries.of("100", "-5", "1e3", "NaN", "12,5", "\"1,000\"", "99999999999999999999999999999999999",
                        "", "=1+1"),
                Arbitraries.of("B", "G", ""),
                Arbitraries.of("2", "0", "7", ""))
                .as((r, p, f, c, period, v, rel, cred) -> "TRADE_FLOW,Property test," + rel + "," + cred + "," + r
                        + "," + p + "," + f + "," + c + "," + period + "," + v);
        Arbitrary<String> file = row.list().ofMaxSize(12).map(rows -> HEADER + String.join("\n", rows) + "\n");
        Arbitrary<String> garbage = Arbitraries.strings().ofMaxLength(200);
        return Arbitraries.oneOf(file, file.flatMap(text -> Arbitraries.integers().between(0, text.length())
                .map(cut -> text.substring(0, cut))), garbage, garbage.map(g -> HEADER + g));
    }

    @Provide
    Arbitrary<String> json() {
        Arbitrary<String> item = Combinators.combine(
                Arbitraries.of("\"TRADE_FLOW\"", "\"PORT_CALL\"", "\"NOPE\"", "1", "null"),
                Arbitraries.of("\"CHN\"", "\"PRK\"", "\"XXX\"", "[]", "{}"),
                Arbitraries.of("\"2024-05\"", "\"2024-02-30\"", "2024", "\"\""),
                Arbitraries.of("1", "-1", "1e400", "\"7\"", "true", "12345678901234567890"),
                Arbitraries.of("{\"name\":\"p\",\"reliability\":\"B\",\"credibility\":2}", "{}", "\"B2\"", "null"))
                .as((type, country, period, value, source) -> "{\"type\":" + type + ",\"reporter\":" + country
                        + ",\"partner\":\"PRK\",\"flow\":\"EXPORT\",\"commodity\":\"2713\",\"period\":" + period
                        + ",\"valueUsd\":" + value + ",\"source\":" + source + "}");
        Arbitrary<String> batch = item.list().ofMaxSize(6).map(items -> "[" + String.join(",", items) + "]");
        return Arbitraries.oneOf(batch, batch.flatMap(text -> Arbitraries.integers().between(0, text.length())
                .map(cut -> text.substring(0, cut))), Arbitraries.strings().ofMaxLength(100));
    }

    private static JsonNode counts() {
        return service.get("/api/observations/counts").body();
    }

    @Property(tries = 150)
    void csvImportsNeverFailWithA5xxNorWriteHalfABatch(@ForAll("csv") String body) {
        JsonNode before = counts();
        RunningService.Answer answer = service.post("/api/observations/import", "text/csv",
                HttpRequest.BodyPublishers.ofString(body));
        assertThat(answer.status()).as(body).isLessThan(500);
        if (answer.status() != 200) {
            assertThat(counts()).isEqualTo(before);
        }
    }

    @Property(tries = 150)
    void jsonLoadsNeverFailWithA5xxNorWriteHalfABatch(@ForAll("json") String body) {
        JsonNode before = counts();
        RunningService.Answer answer = service.post("/api/observations", "application/json",
                HttpRequest.BodyPublishers.ofString(body));
        assertThat(answer.status()).as(body).isLessThan(500);
        if (answer.status() != 200) {
            assertThat(counts()).isEqualTo(before);
        }
    }
}
