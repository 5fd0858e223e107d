package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A load of several store parts (5,000 observations each) is one transaction, though its first parts are written
 * and judged while the rest of its body is still read: a bad row at its end refuses the whole load, nothing of it is
 * kept or judged, and the same rows without it then go through.
 */
class LargeLoadEndToEndTests {

    private static final String HEADER = "type,id,theatre,reportedAt,sourceName,sourceUrl,reliability,credibility,"
            + "reporter,partner,flow,commodity,period,valueUsd,netWeightKg\n";

    @TempDir
    Path data;

    /** Rows of distinct series (one HS code each), 12 months of 2023 at 200,000 US$ and January 2024 at 900,000. */
    private static String rows(int series, String codePrefix) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int s = 0; s < series; s++) {
            String code = codePrefix + String.format("%04d", s);
            for (int m = 1; m <= 13; m++) {
                String period = m <= 12 ? String.format("2023-%02d", m) : "2024-01";
                csv.append("TRADE_FLOW,,,,Test load,,B,2,CHN,PRK,EXPORT,").append(code).append(',').append(period)
                        .append(',').append(m <= 12 ? 200_000 : 900_000).append(",\n");
            }
        }
        return csv.toString();
    }

    private static RunningService.Answer importCsv(RunningService service, String csv) {
        return service.post("/api/observations/import", "text/csv", HttpRequest.BodyPublishers.ofString(csv));
    }

    @Test
    void aBadRowAfterTheFirstPartsRefusesTheWholeLoad() {
        try (RunningService service = RunningService.start(data, "sanctionswatch.seeds.enabled=false")) {
            String good = rows(1_000, "2713"); // 13,000 rows: more than two parts of 5,000
            String bad = good + "TRADE_FLOW,,,,Test load,,B,2,CHN,PRK,EXPORT,2713,2024-13,100,\n";

            RunningService.Answer refused = importCsv(service, bad);
            assertThat(refused.status()).isEqualTo(422);
            JsonNode error = refused.body().get("errors").get(0);
            assertThat(error.get("line").asLong()).isEqualTo(13_002);
            assertThat(error.get("field").asString()).isEqualTo("period");
            assertThat(service.get("/api/observations?size=1").body()).isEmpty();
            assertThat(service.get("/api/alerts").body().get("total").asInt()).isZero();

            RunningService.Answer accepted = importCsv(service, good);
            assertThat(accepted.status()).as(String.valueOf(accepted.body())).isEqualTo(200);
            assertThat(accepted.body().get("accepted").asInt()).isEqualTo(13_000);
            assertThat(service.get("/api/alerts?ruleId=TRADE-001").body().get("total").asInt()).isEqualTo(1_000);
        }
    }

    @Test
    void aRowThatContradictsOneOfAnEarlierPartRefusesTheWholeLoad() {
        try (RunningService service = RunningService.start(data, "sanctionswatch.seeds.enabled=false")) {
            String good = rows(1_000, "2713");
            // The first row again (same series and month, so the same id) with another value: 11,000 rows after it.
            String conflicting = good + "TRADE_FLOW,,,,Test load,,B,2,CHN,PRK,EXPORT,27130000,2023-01,250000,\n";

            RunningService.Answer refused = importCsv(service, conflicting);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body().get("errors").get(0).get("reason").asString())
                    .contains("appears earlier in this batch at line 2");
            assertThat(service.get("/api/observations?size=1").body()).isEmpty();
            assertThat(service.get("/api/alerts").body().get("total").asInt()).isZero();
        }
    }
}
