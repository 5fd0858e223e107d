package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.testing.RealData;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The published OFAC SDN and UN consolidated lists over HTTP, and port calls screened against them. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WatchlistEndToEndTests {

    static final Path SDN = RealData.of("ofac-sdn/sdn.csv");
    static final Path UN = RealData.of("un-consolidated/consolidated.xml");

    @TempDir
    static Path data;
    static RunningService service;

    @BeforeAll
    static void start() {
        // the tests load the published lists, one after another
        RealData.require(SDN);
        RealData.require(UN);
        service = RunningService.start(data, "sanctionswatch.seeds.enabled=false");
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    private static RunningService.Answer importList(Path file, String type) throws Exception {
        return service.post("/api/watchlists/import", type, HttpRequest.BodyPublishers.ofFile(file));
    }

    private static String portCall(String vessel, String imo, String port, String date) {
        return """
                {"type":"PORT_CALL","vesselName":"%s",%s"flag":"RUS","port":"%s","country":"RUS","arrivedOn":"%s",
                 "source":{"name":"Imagery review","reliability":"B","credibility":2}}
                """.formatted(vessel, imo == null ? "" : "\"imo\":\"" + imo + "\",", port, date);
    }

    @Test
    @Order(1)
    void screensAStoredPortCallOnceTheListArrives() throws Exception {
        // The call is loaded before any list: nothing to match yet.
        service.postJson(portCall("LADY R", "9161003", "Vostochny", "2024-02-10"));
        assertThat(service.get("/api/alerts?ruleId=LOG-002").body().get("total").asInt()).isZero();

        RunningService.Answer answer = importList(SDN, "text/csv");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("list").asString()).isEqualTo("OFAC_SDN");
        assertThat(answer.body().get("entries").asInt()).isEqualTo(14_965);
        assertThat(answer.body().get("vessels").asInt()).isEqualTo(851);
        assertThat(answer.body().get("alertsRaised").asInt()).as("LOG-002 and the escalation it adds to")
                .isPositive();

        JsonNode alerts = service.get("/api/alerts?ruleId=LOG-002").body();
        assertThat(alerts.get("total").asInt()).isEqualTo(1);
        String explanation = alerts.get("items").get(0).get("explanation").asString();
        assertThat(explanation).contains("LADY R", "9161003", "OFAC_SDN");
    }

    @Test
    @Order(2)
    void countsTheDprkVesselsAsPublished() {
        JsonNode dprk = service.get("/api/watchlists/entries?list=OFAC_SDN&programme=DPRK&type=VESSEL&limit=1000").body();
        assertThat(dprk).hasSize(105);
        long withImo = 0;
        for (JsonNode v : dprk) {
            withImo += v.get("imo").isNull() ? 0 : 1;
        }
        assertThat(withImo).isEqualTo(104);
        assertThat(service.get("/api/watchlists/entries?imo=9161003").body().get(0).get("name").asString())
                .isEqualTo("LADY R");
    }

    @Test
    @Order(3)
    void reloadingTheSameListChangesNothing() throws Exception {
        RunningService.Answer again = importList(SDN, "text/csv");
        assertThat(again.body().get("unchanged").asBoolean()).isTrue();
        assertThat(again.body().get("version").asInt()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void loadsTheUnConsolidatedListWithItsDprkEntries() throws Exception {
        RunningService.Answer answer = importList(UN, "application/xml");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("list").asString()).isEqualTo("UN_CONSOLIDATED");
        assertThat(answer.body().get("entries").asInt()).isEqualTo(875);
        assertThat(service.get("/api/watchlists/entries?list=UN_CONSOLIDATED&programme=DPRK&limit=1000").body()).hasSize(155);
    }

    @Test
    @Order(5)
    void matchesACallWithoutImoByNormalisedNameAndLeavesUnlistedVesselsAlone() {
        service.postJson(portCall("m/v Sparta-IV", null, "Vladivostok", "2024-03-01"));
        assertThat(vesselAlerts()).hasSize(2).anyMatch(s -> s.contains("SPARTA IV"));

        assertThat(service.postJson(portCall("OCEAN HARMONY", "9999993", "Vostochny", "2024-03-02")).status())
                .isEqualTo(200);
        assertThat(vesselAlerts()).as("an unlisted vessel").hasSize(2);

        service.postJson(portCall("LADY R", "9161003", "Novorossiysk", "2024-03-03"));
        assertThat(vesselAlerts()).as("not a watched port").hasSize(2);
    }

    @Test
    @Order(7)
    void screensAsAnAnalystDoesNumbersFirstThenNamesAndPortsByAnyName() {
        // "IMO 9161003" is the number, and "Port of Vladivostok" the watched port
        assertThat(service.postJson(portCall("LADY R", "IMO 9161003", "Port of Vladivostok", "2024-04-01")).status())
                .isEqualTo(200);
        assertThat(vesselAlerts()).anyMatch(a -> a.startsWith("IMO 9161003|VLADIVOSTOK|2024-04-01")
                && a.contains("called at Vladivostok (RUS)"));

        // a bad check digit is refused, naming the field
        RunningService.Answer bad = service.postJson(portCall("LADY R", "IMO 9161004", "Vladivostok", "2024-04-02"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body().get("errors").get(0).get("field").asString()).isEqualTo("imo");
        assertThat(bad.body().get("errors").get(0).get("reason").asString()).contains("check digit");

        // a listed vessel without an IMO number, its name written as one word: a possible match naming it
        service.postJson(portCall("Ryonggunbong", null, "Vostochnyy", "2024-04-03"));
        JsonNode possible = service.get("/api/alerts?ruleId=LOG-003&size=100").body();
        assertThat(possible.get("total").asInt()).isEqualTo(1);
        JsonNode alert = possible.get("items").get(0);
        assertThat(alert.get("severity").asString()).isEqualTo("MEDIUM");
        assertThat(alert.get("title").asString()).contains("like RYONG GUN BONG");
        assertThat(alert.get("explanation").asString()).contains("OFAC_SDN", "\"RYONG GUN BONG\"", "at 1.000");

        // LADY R II is not LADY R, however alike the letters: nothing
        service.postJson(portCall("Lady R II", null, "Vladivostok", "2024-04-04"));
        assertThat(service.get("/api/alerts?ruleId=LOG-003").body().get("total").asInt()).isEqualTo(1);
        assertThat(vesselAlerts()).noneMatch(a -> a.contains("2024-04-04"));
    }

    @Test
    @Order(8)
    void flagsAVesselWhoseListedOwnerIsOnTheUnListCitingTheEntry() {
        String call = """
                {"type":"PORT_CALL","vesselName":"Unlisted Trader","imo":"9876543","flag":"SLE","port":"Rajin",
                 "country":"PRK","arrivedOn":"2024-05-01","owner":"Chonmyong Shipping Co","ownerImo":"IMO 5571322",
                 "source":{"name":"Imagery review","reliability":"B","credibility":2}}
                """;
        assertThat(service.postJson(call).status()).isEqualTo(200);

        JsonNode owned = service.get("/api/alerts?ruleId=LOG-004").body();
        assertThat(owned.get("total").asInt()).isEqualTo(1);
        JsonNode alert = service.get("/api/alerts/" + owned.get("items").get(0).get("id").asLong()).body();
        assertThat(alert.get("explanation").asString()).contains("the registered owner Chonmyong Shipping Co is "
                + "UN_CONSOLIDATED entry KPe.056", "IMO company number 5571322", "listed 2018-03-30");
        assertThat(alert.get("provision").asString()).contains("UNSCR 1718 (2006) para 8(d)");

        // a call in 2017, before the UN listed the owner: only OFAC's entry, which gives no date of listing, counts
        service.postJson(call.replace("2024-05-01", "2017-05-01"));
        JsonNode both = service.get("/api/alerts?ruleId=LOG-004&size=10").body();
        assertThat(both.get("total").asInt()).isEqualTo(2);
        both.get("items").forEach(a -> {
            if (a.get("subject").asString().endsWith("2017-05-01")) {
                assertThat(a.get("explanation").asString()).contains("OFAC_SDN entry 23705")
                        .doesNotContain("KPe.056");
            }
        });
    }

    @Test
    @Order(9)
    void screensANameOrNumberOnDemandWithScoresAndWhy() {
        JsonNode exact = service.get("/api/screen?imo=IMO%209161003").body();
        assertThat(exact.get("matches").get(0).get("name").asString()).isEqualTo("LADY R");
        assertThat(exact.get("matches").get(0).get("level").asString()).isEqualTo("EXACT");
        assertThat(exact.get("matches").get(0).get("why").asString()).contains("the same IMO number 9161003");

        JsonNode possible = service.get("/api/screen?name=Ryonggunbong").body();
        assertThat(possible.get("matches").get(0).get("name").asString()).isEqualTo("RYONG GUN BONG");
        assertThat(possible.get("matches").get(0).get("level").asString()).isEqualTo("POSSIBLE");
        assertThat(possible.get("matches").get(0).get("score").asDouble()).isEqualTo(1.0);

        JsonNode company = service.get("/api/screen?imo=5571322&type=ENTITY").body();
        assertThat(company.get("matches").valueStream().map(m -> m.get("list").asString() + " "
                + m.get("entryId").asString())).contains("UN_CONSOLIDATED KPe.056");

        assertThat(service.get("/api/screen?imo=9161004").status()).isEqualTo(422);
        assertThat(service.get("/api/screen?name=Ocean%20Harmony").body().get("matches")).isEmpty();
    }

    private static java.util.List<String> vesselAlerts() {
        java.util.List<String> out = new java.util.ArrayList<>();
        service.get("/api/alerts?ruleId=LOG-002&size=100").body().get("items")
                .forEach(a -> out.add(a.get("subject").asString() + " " + a.get("explanation").asString()));
        return out;
    }

    @Test
    @Order(6)
    void refusesAnXmlListWithAnExternalEntityWithoutReadingIt() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&e;</FIRST_NAME></INDIVIDUAL>"
                + "</INDIVIDUALS></CONSOLIDATED_LIST>";
        RunningService.Answer answer = service.post("/api/watchlists/import", "application/xml",
                HttpRequest.BodyPublishers.ofString(hostile));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().toString()).contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    @Order(20)
    void twoImportsAtOnceBothLand() throws Exception {
        String row = "%d,\"CONCURRENT %d\",\"vessel\",\"DPRK\",-0- ,-0- ,\"Tanker\",-0- ,-0- ,\"Panama\",-0- ,"
                + "\"Vessel Registration Identification IMO 9%06d.\"\r\n";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<RunningService.Answer>> answers = new java.util.ArrayList<>();
            for (int n = 1; n <= 2; n++) {
                String body = row.formatted(900_000 + n, n, n);
                answers.add(pool.submit(() -> {
                    go.await();
                    return service.post("/api/watchlists/import", "text/csv",
                            HttpRequest.BodyPublishers.ofString(body));
                }));
            }
            go.countDown();
            java.util.Set<Integer> versions = new java.util.HashSet<>();
            for (var answer : answers) {
                RunningService.Answer a = answer.get();
                assertThat(a.status()).as(String.valueOf(a.body())).isEqualTo(200);
                versions.add(a.body().get("version").asInt());
            }
            assertThat(versions).as("each its own version").hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }
}
