package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several clients loading overlapping slices at once end where one sequential load ends. */
class ConcurrentLoadTests {

    @TempDir
    Path data;

    /** The alerts whose condition holds: intermediate states of a concurrent load may leave cleared ones behind. */
    private static Set<String> alertKeys(RunningService s) {
        Set<String> keys = new HashSet<>();
        s.get("/api/alerts?active=true&size=1000").body().get("items")
                .forEach(a -> keys.add(a.get("dedupKey").asString() + " " + a.get("explanation").asString()));
        return keys;
    }

    @Test
    void overlappingConcurrentLoadsStoreEachRowOnceAndRaiseTheSequentialAlerts() throws Exception {
        List<String> lines = Files.readAllLines(ImportEndToEndTests.FIXTURE);
        String header = lines.get(0);
        List<String> rows = lines.subList(1, lines.size());
        // Overlapping slices in different orders: 0-99, 40-143, all reversed, 20-119 and the whole file.
        List<List<String>> slices = List.of(rows.subList(0, 100), rows.subList(40, 144),
                reversed(rows), rows.subList(20, 120), rows);

        Set<String> sequential;
        try (RunningService one = RunningService.start(data.resolve("sequential"),
                "sanctionswatch.seeds.enabled=false")) {
            one.importFile(ImportEndToEndTests.FIXTURE);
            sequential = alertKeys(one);
        }
        try (RunningService s = RunningService.start(data.resolve("concurrent"),
                "sanctionswatch.seeds.enabled=false")) {
            ExecutorService pool = Executors.newFixedThreadPool(slices.size());
            List<Future<RunningService.Answer>> answers = new ArrayList<>();
            for (List<String> slice : slices) {
                String body = header + "\n" + String.join("\n", slice) + "\n";
                answers.add(pool.submit(() -> s.post("/api/observations/import", "text/csv",
                        HttpRequest.BodyPublishers.ofString(body))));
            }
            int accepted = 0;
            int duplicates = 0;
            for (Future<RunningService.Answer> a : answers) {
                assertThat(a.get().status()).isEqualTo(200);
                accepted += a.get().body().get("accepted").asInt();
                duplicates += a.get().body().get("duplicates").asInt();
            }
            pool.shutdown();
            int sent = slices.stream().mapToInt(List::size).sum();
            assertThat(accepted).as("each row stored once").isEqualTo(144);
            assertThat(accepted + duplicates).as("nothing lost").isEqualTo(sent);
            assertThat(s.get("/api/observations/counts").body().get("TRADE_FLOW").asInt()).isEqualTo(144);
            assertThat(alertKeys(s)).isEqualTo(sequential);
        }
    }

    private static List<String> reversed(List<String> rows) {
        List<String> copy = new ArrayList<>(rows);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
