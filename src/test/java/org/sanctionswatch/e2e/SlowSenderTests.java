package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sender that sends the first 5,000 rows and then trickles holds only its own request: another load completes
 * while it trickles, and the trickling load is cut off by the load time limit with nothing stored.
 */
class SlowSenderTests {

    @TempDir
    Path data;

    private static final String HEADER = "type,id,theatre,reportedAt,sourceName,sourceUrl,reliability,credibility,"
            + "reporter,partner,flow,commodity,period,valueUsd,netWeightKg\n";

    @Test
    void aTricklingUploadHoldsUpNoOtherLoad() throws Exception {
        try (RunningService service = RunningService.start(data, "sanctionswatch.seeds.enabled=false",
                "sanctionswatch.limits.load-time=6s")) {
            StringBuilder rows = new StringBuilder(HEADER);
            for (int i = 0; i < 6_000; i++) {
                rows.append("TRADE_FLOW,,,,Slow sender,,B,2,CHN,PRK,EXPORT,").append(100_000 + i)
                        .append(",2020-01,1000,\n");
            }
            byte[] first = rows.toString().getBytes(StandardCharsets.UTF_8);
            URI base = URI.create(service.baseUrl());
            AtomicBoolean trickling = new AtomicBoolean(true);
            CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> {
                try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /api/observations/import HTTP/1.1\r\nHost: localhost\r\n"
                            + "Authorization: Bearer " + RunningService.ADMIN_KEY + "\r\n"
                            + "Content-Type: text/csv\r\nContent-Length: " + (first.length + 1_000) + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write(first);
                    out.flush();
                    socket.setSoTimeout(60_000);
                    // a byte a second until the service answers
                    var in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                            StandardCharsets.UTF_8));
                    CompletableFuture<String> status = CompletableFuture.supplyAsync(() -> {
                        try {
                            return in.readLine();
                        } catch (java.io.IOException e) {
                            return "closed: " + e.getMessage();
                        }
                    });
                    for (int i = 0; i < 1_000 && !status.isDone(); i++) {
                        out.write('#');
                        out.flush();
                        Thread.sleep(1_000);
                    }
                    return status.get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    return "failed: " + e;
                } finally {
                    trickling.set(false);
                }
            });
            Thread.sleep(1_000);
            var normal = CompletableFuture.supplyAsync(() -> service.postJson("""
                    {"type":"TRADE_FLOW","reporter":"CHN","partner":"PRK","flow":"EXPORT","commodity":"2713",
                     "period":"2021-01","valueUsd":100000,
                     "source":{"name":"Prompt sender","reliability":"B","credibility":2}}"""));
            RunningService.Answer answer = normal.get(60, TimeUnit.SECONDS);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(trickling.get()).as("the other load completed while the slow one still trickled").isTrue();

            assertThat(slow.get(90, TimeUnit.SECONDS)).as("the trickling load is cut off").contains("408");
            assertThat(service.get("/api/observations/counts").body().get("TRADE_FLOW").asLong())
                    .as("only the prompt load's row").isOne();
        }
    }
}
