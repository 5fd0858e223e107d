package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionswatch.observation.ObservationStore;
import tools.jackson.databind.JsonNode;

/** Broken files and bodies get a 4xx problem naming each bad line or item, and the store stays as it was. */
class BadInputTests {

    @TempDir
    static Path data;
    static RunningService service;
    static long storedBefore;

    @BeforeAll
    static void start() {
        service = RunningService.start(data, "sanctionswatch.seeds.enabled=false");
        assertThat(service.importFile(Path.of("fixtures/bad/comtrade-good-small.csv")).status()).isEqualTo(200);
        storedBefore = stored();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    static long stored() {
        return service.bean(ObservationStore.class).countCurrent();
    }

    private static List<String> errors(RunningService.Answer answer) {
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(stored()).as("nothing stored").isEqualTo(storedBefore);
        List<String> out = new ArrayList<>();
        for (JsonNode e : answer.body().get("errors")) {
            out.add(e.path("line").asString("") + "|" + e.path("index").asString("") + "|"
                    + e.path("field").asString("") + "|" + e.path("reason").asString());
        }
        return out;
    }

    @Test
    void namesTheMissingColumn() {
        assertThat(errors(service.importFile(Path.of("fixtures/bad/comtrade-missing-column.csv"))))
                .containsExactly("1||Trade Value (US$)|required column of the UN Comtrade legacy bulk layout is missing");
    }

    @Test
    void namesEachNonNumericValueByLineAndColumn() {
        RunningService.Answer answer = service.importFile(Path.of("fixtures/bad/comtrade-non-numeric-value.csv"));
        assertThat(errors(answer)).containsExactly("4||Trade Value (US$)|must be a number",
                "7||Trade Value (US$)|must be a number");
        assertThat(answer.body().get("errors").get(0).get("column").asInt()).isEqualTo(21);
        assertThat(answer.body().get("errors").get(0).get("value").asString()).isEqualTo("12,5x");
    }

    @Test
    void namesTheTruncatedLastLine() {
        assertThat(errors(service.importFile(Path.of("fixtures/bad/comtrade-truncated.csv"))))
                .containsExactly("6||Commodity|the file ends inside a quoted field (truncated?)");
    }

    @Test
    void refusesAWholeJsonBatchWhenOneItemIsBadAndNamesItsIndexAndFields() {
        String batch = """
                [{"type":"TRADE_FLOW","reporter":"CHN","partner":"PRK","flow":"EXPORT","commodity":"2713",
                  "period":"2024-05","valueUsd":1,"source":{"name":"s","reliability":"B","credibility":2}},
                 {"type":"TRADE_FLOW","reporter":"XXX","partner":"PRK","flow":"SIDEWAYS","commodity":"27a",
                  "period":"2024-13","valueUsd":-5,"source":{"name":"s","reliability":"Z","credibility":9}}]
                """;
        assertThat(errors(service.postJson(batch))).containsExactlyInAnyOrder(
                "|1|reporter|unknown country; use ISO 3166 alpha-3 or a UN Comtrade numeric code",
                "|1|flow|must be one of [EXPORT, IMPORT, RE_EXPORT, RE_IMPORT]",
                "|1|commodity|must be an HS code of 2, 4, 6, 8 or 10 digits, or TOTAL",
                "|1|period|must be a year (2024) or a month (2024-08) between 1900 and 2100",
                "|1|valueUsd|must not be below 0",
                "|1|source.reliability|must be a letter A to F",
                "|1|source.credibility|must be a digit 1 to 6");
    }

    @Test
    void namesTheBadLineOfNdjson() {
        String body = """
                {"type":"RAIL_TRAFFIC","crossing":"TUMANGANG-KHASAN","date":"2024-09-01","railcars":40,"source":{"name":"s","reliability":"C","credibility":3}}
                {"type":"RAIL_TRAFFIC","crossing":"TUMANGANG-KHASAN","date":"2024-09-02","railcars":
                """;
        RunningService.Answer answer = service.post("/api/observations", "application/x-ndjson",
                java.net.http.HttpRequest.BodyPublishers.ofString(body));
        List<String> errors = errors(answer);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).startsWith("2|1||malformed JSON");
    }

    @Test
    void refusesConflictingCopiesOfOneObservationInABatch() {
        String batch = """
                [{"type":"TRADE_FLOW","reporter":"CHN","partner":"PRK","flow":"EXPORT","commodity":"2713",
                  "period":"2024-05","valueUsd":1,"source":{"name":"s","reliability":"B","credibility":2}},
                 {"type":"TRADE_FLOW","reporter":"CHN","partner":"PRK","flow":"EXPORT","commodity":"2713",
                  "period":"2024-05","valueUsd":2,"source":{"name":"s","reliability":"B","credibility":2}}]
                """;
        List<String> errors = errors(service.postJson(batch));
        assertThat(errors).singleElement().asString().startsWith("|1||the same observation");
    }

    @Test
    void answersMalformedJsonWithAProblem() {
        RunningService.Answer answer = service.postJson("{\"type\": ");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(stored()).isEqualTo(storedBefore);
    }
}
