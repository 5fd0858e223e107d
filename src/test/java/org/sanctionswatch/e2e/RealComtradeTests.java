package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.testing.RealData;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionswatch.observation.ObservationStore;
import tools.jackson.databind.JsonNode;

/** The ten published UN Comtrade files as they are, over HTTP, with HS chapter 27 watched for the DPRK. */
class RealComtradeTests {

    static final Path REAL = RealData.of("comtrade-hs27");

    @TempDir
    Path data;

    @Test
    void acceptsEveryPublishedRowAndFlagsChinasImportsFromTheDprkIn2011() throws IOException {
        List<Path> files;
        RealData.require(REAL);
        try (Stream<Path> list = Files.list(REAL)) {
            files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertThat(files).hasSize(10);
        try (RunningService service = RunningService.start(data, "sanctionswatch.seeds.enabled=false",
                "sanctionswatch.rules.parameters=fixtures/parameters/chapter-27-annual.json")) {
            int accepted = 0;
            for (Path file : files) {
                RunningService.Answer answer = service.importFile(file);
                assertThat(answer.status()).as(file.toString()).isEqualTo(200);
                accepted += answer.body().get("accepted").asInt();
            }
            assertThat(accepted).isEqualTo(174_869);
            assertThat(service.bean(ObservationStore.class).countCurrent()).isEqualTo(174_869);

            JsonNode surges = service.get("/api/alerts?ruleId=TRADE-001&size=1000").body();
            JsonNode china2011 = find(surges, "CHN|PRK|IMPORT|27|2011");
            assertThat(china2011).isNotNull();
            String explanation = service.get("/api/alerts/" + china2011.get("id").asLong()).body()
                    .get("explanation").asString();
            // Baseline 2008-2010: (208,797,191 + 261,452,243 + 402,000,504) / 3.
            assertThat(explanation).contains("1,162,113,382 US$", "290,749,979 US$", "2008, 2009, 2010");

            assertThat(find(surges, "CHN|PRK|EXPORT|27|2017")).as("the 2017 fall is no surge").isNull();
            assertThat(find(surges, "CHN|PRK|IMPORT|27|2017")).isNull();
            surges.get("items").forEach(a -> assertThat(a.get("subject").asString()).contains("PRK"));
        }
    }

    private static JsonNode find(JsonNode page, String subject) {
        for (JsonNode a : page.get("items")) {
            if (a.get("subject").asString().equals(subject)) {
                return a;
            }
        }
        return null;
    }
}
