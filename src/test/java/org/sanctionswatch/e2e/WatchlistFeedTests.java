package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionswatch.watchlist.WatchlistFeeds;
import tools.jackson.databind.JsonNode;

/**
 * The lists fetched from their configured URLs, here a local HTTP server serving the real published files: an
 * unchanged file makes no version, a changed one a new version and a new screening, a broken one and a server error
 * leave the current version, show in health, and are retried. No test needs the internet.
 */
class WatchlistFeedTests {

    private static final Path SDN = Path.of("../shared/realdata/ofac-sdn/sdn.csv");
    private static final Path UN = Path.of("../shared/realdata/un-consolidated/consolidated.xml");

    @TempDir
    Path data;
    private HttpServer server;
    /** What the server answers next, in turn: a status, an ETag and a body; the last one is repeated. */
    private final Deque<Object[]> answers = new ArrayDeque<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile String lastIfNoneMatch;

    @BeforeEach
    void serve() throws IOException {
        Assumptions.assumeTrue(Files.exists(SDN) && Files.exists(UN), "the published lists are absent from "
                + SDN.getParent().getParent());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sdn.csv", exchange -> {
            requests.incrementAndGet();
            lastIfNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            Object[] answer = answers.size() > 1 ? answers.poll() : answers.peek();
            int status = (int) answer[0];
            String etag = (String) answer[1];
            byte[] body = (byte[]) answer[2];
            if (etag != null && etag.equals(lastIfNoneMatch)) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            if (etag != null) {
                exchange.getResponseHeaders().add("ETag", etag);
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/consolidated.xml", exchange -> {
            byte[] body = Files.readAllBytes(UN);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void answer(int status, String etag, byte[] body) {
        answers.clear();
        answers.add(new Object[] {status, etag, body});
    }

    @Test
    void refreshesTheListsOnlyWhenTheirContentChangesAndKeepsThemWhenAFetchFails() throws Exception {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        byte[] sdn = Files.readAllBytes(SDN);
        try (RunningService s = RunningService.start(data, "sanctionswatch.seeds.enabled=false",
                "sanctionswatch.watchlists.ofac-sdn-url=" + base + "/sdn.csv",
                "sanctionswatch.watchlists.un-consolidated-url=" + base + "/consolidated.xml",
                "sanctionswatch.watchlists.retry-delay=PT0.01S", "sanctionswatch.watchlists.first-refresh=PT1000H")) {
            WatchlistFeeds feeds = s.bean(WatchlistFeeds.class);
            // a call of a vessel the list does not name yet
            s.postJson("""
                    {"type":"PORT_CALL","vesselName":"NEW LISTED TRADER","imo":"9876543","flag":"SLE",
                     "port":"Vladivostok","country":"RUS","arrivedOn":"2024-05-01",
                     "source":{"name":"Imagery review","reliability":"B","credibility":2}}""");

            answer(200, "\"v1\"", sdn);
            assertThat(feeds.refresh()).satisfies(states -> {
                assertThat(states.get("OFAC_SDN").outcome()).isEqualTo("NEW_VERSION");
                assertThat(states.get("OFAC_SDN").version()).isEqualTo(1);
                assertThat(states.get("UN_CONSOLIDATED").outcome()).isEqualTo("NEW_VERSION");
            });

            // unchanged: the validator answers 304, and the same bytes under another validator are no new version
            assertThat(feeds.refresh().get("OFAC_SDN").outcome()).isEqualTo("NOT_MODIFIED");
            assertThat(lastIfNoneMatch).isEqualTo("\"v1\"");
            answer(200, "\"v1b\"", sdn);
            assertThat(feeds.refresh().get("OFAC_SDN")).satisfies(st -> {
                assertThat(st.outcome()).isEqualTo("UNCHANGED");
                assertThat(st.version()).isEqualTo(1);
            });
            assertThat(s.get("/api/alerts?ruleId=LOG-002").body().get("total").asInt()).isZero();

            // changed: a new version, and the stored call screened against it
            byte[] changed = (new String(sdn, StandardCharsets.UTF_8).stripTrailing() + "\r\n"
                    + "99999,\"NEW LISTED TRADER\",\"vessel\",\"DPRK4\",-0- ,-0- ,-0- ,-0- ,-0- ,\"Sierra Leone\",-0- ,"
                    + "\"Vessel Registration Identification IMO 9876543.\"\r\n").getBytes(StandardCharsets.UTF_8);
            answer(200, "\"v2\"", changed);
            assertThat(feeds.refresh().get("OFAC_SDN").version()).isEqualTo(2);
            assertThat(s.get("/api/alerts?ruleId=LOG-002").body().get("total").asInt()).isOne();

            // broken: the current version stays, and health shows it
            answer(200, "\"v3\"", "x\",\"\n".repeat(50).getBytes(StandardCharsets.UTF_8));
            assertThat(feeds.refresh().get("OFAC_SDN")).satisfies(st -> {
                assertThat(st.outcome()).isEqualTo("FAILED");
                assertThat(st.version()).isEqualTo(2);
                assertThat(st.error()).contains("refused");
            });
            // anyone sees the status, DEGRADED; the feed's own is among the details, for administrators
            JsonNode anyone = s.as(null).get("/actuator/health").body();
            assertThat(anyone.get("status").asString()).isEqualTo("DEGRADED");
            assertThat(anyone.has("components")).isFalse();
            JsonNode health = s.get("/actuator/health").body();
            assertThat(health.get("components").get("watchlistFeeds").get("status").asString())
                    .isEqualTo("DEGRADED");
            assertThat(s.get("/api/watchlists/entries?imo=9876543").body().get(0).get("name").asString())
                    .isEqualTo("NEW LISTED TRADER");

            // a server error is retried: the second attempt gets the file
            answers.clear();
            answers.add(new Object[] {503, null, new byte[0]});
            answers.add(new Object[] {200, "\"v4\"", changed});
            int before = requests.get();
            assertThat(feeds.refresh().get("OFAC_SDN")).satisfies(st -> {
                assertThat(st.outcome()).isEqualTo("UNCHANGED");
                assertThat(st.version()).isEqualTo(2);
                assertThat(st.attempts()).isEqualTo(2);
            });
            assertThat(requests.get() - before).isEqualTo(2);
            assertThat(s.get("/actuator/health").body().get("components").get("watchlistFeeds")
                    .get("status").asString()).isEqualTo("UP");

            // the other list's file at this list's URL is refused before anything is stored
            answer(200, "\"v5\"", Files.readAllBytes(UN));
            assertThat(feeds.refresh().get("OFAC_SDN")).satisfies(st -> {
                assertThat(st.outcome()).isEqualTo("FAILED");
                assertThat(st.error()).contains("not the OFAC_SDN list");
            });
            JsonNode versions = s.get("/api/watchlists").body();
            assertThat(versions.valueStream().filter(v -> v.get("list").asString().equals("UN_CONSOLIDATED")))
                    .hasSize(1);
        }
    }
}
