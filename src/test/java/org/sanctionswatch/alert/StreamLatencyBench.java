package org.sanctionswatch.alert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.sanctionswatch.e2e.RunningService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Latency from a load request to its alert on the stream: the real service on a random port, one SSE client, and
 * POST /api/observations at a steady rate, each raising one new TRADE-001 alert (a series of its own). Prints p50,
 * p90, p99 and max of (SSE event received - request sent) and the rate the senders kept, after a warm-up: 20
 * requests, then {@code STREAM_BENCH_WARMUP} seconds (0 unless set) at {@code STREAM_BENCH_WARMUP_RATE} (the
 * measured rate unless set), so that the service's code is compiled before the measured seconds. With {@code
 * STREAM_BENCH_SERVICE_PID} (a service on this machine) it also prints that process's processor time over the
 * measured seconds. Not a test: run with {@code bench/stream-latency.sh [requests per second] [seconds]}.
 */
public final class StreamLatencyBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int WARM_UP = 20;
    private static final int SENDERS = 32;

    public static void main(String[] args) throws Exception {
        double rate = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmUpSeconds = Integer.parseInt(System.getenv().getOrDefault("STREAM_BENCH_WARMUP", "0"));
        double warmUpRate = Double.parseDouble(System.getenv().getOrDefault("STREAM_BENCH_WARMUP_RATE", "" + rate));
        int warmUp = WARM_UP + (int) Math.round(warmUpRate * warmUpSeconds);
        int total = warmUp + (int) Math.round(rate * seconds);
        String pid = System.getenv("STREAM_BENCH_SERVICE_PID");
        long[] cpuAt = new long[2];
        long[] wallAt = new long[2];
        Path data = Files.createTempDirectory("stream-bench");
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> receivedAt = new ConcurrentHashMap<>();
        CountDownLatch allReceived = new CountDownLatch(total);
        // With STREAM_BENCH_URL (and STREAM_BENCH_KEY) the service runs in a process of its own, started by the
        // script; otherwise in this JVM, beside the client.
        String url = System.getenv("STREAM_BENCH_URL");
        try (RunningService service = url != null ? RunningService.at(url, System.getenv("STREAM_BENCH_KEY"))
                : RunningService.start(data, "sanctionswatch.seeds.enabled=false", "logging.level.root=WARN")) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<InputStream> stream = http.send(service.request("/api/alerts/stream?ruleId=TRADE-001")
                    .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            Thread reader = new Thread(() -> read(stream.body(), receivedAt, allReceived), "sse-reader");
            reader.setDaemon(true);
            reader.start();

            // Enough senders that slow answers do not delay the next request (each waits for its answer): the rate
            // stays steady up to answers of SENDERS / rate seconds, and the run prints the rate it kept.
            ScheduledExecutorService senders = Executors.newScheduledThreadPool(SENDERS);
            AtomicInteger next = new AtomicInteger();
            long periodNanos = (long) (1_000_000_000L / rate);
            long warmUpPeriodNanos = (long) (1_000_000_000L / warmUpRate);
            for (int n = 0; n < total; n++) {
                long at = n < warmUp ? n * warmUpPeriodNanos
                        : warmUp * warmUpPeriodNanos + (n - warmUp) * periodNanos;
                if (n == warmUp && pid != null) {
                    senders.schedule(() -> {
                        cpuAt[0] = cpuTicks(pid);
                        wallAt[0] = System.nanoTime();
                    }, at, TimeUnit.NANOSECONDS);
                }
                senders.schedule(() -> {
                    String commodity = commodity(next.getAndIncrement());
                    sentAt.put(subject(commodity), System.nanoTime());
                    service.postJson(series(commodity));
                }, at, TimeUnit.NANOSECONDS);
            }
            boolean complete = allReceived.await(warmUpSeconds + seconds + 120L, TimeUnit.SECONDS);
            if (pid != null) {
                cpuAt[1] = cpuTicks(pid);
                wallAt[1] = System.nanoTime();
            }
            senders.shutdownNow();
            stream.body().close();

            List<Long> micros = new ArrayList<>();
            long firstSent = Long.MAX_VALUE;
            long lastSent = Long.MIN_VALUE;
            for (int n = warmUp; n < total; n++) {
                Long sent = sentAt.get(subject(commodity(n)));
                Long got = receivedAt.get(subject(commodity(n)));
                if (sent != null) {
                    firstSent = Math.min(firstSent, sent);
                    lastSent = Math.max(lastSent, sent);
                }
                if (sent != null && got != null) {
                    micros.add((got - sent) / 1_000);
                }
            }
            micros.sort(null);
            System.out.println(url != null ? "service: a process of its own at " + url
                    : "service: in the client's JVM");
            System.out.printf(Locale.ROOT, "machine: %d cores; %.1f requests/s for %d s after %d warm-up requests "
                    + "(%d s at %.1f/s); %d of %d events received%s%n", Runtime.getRuntime().availableProcessors(),
                    rate, seconds, warmUp, warmUpSeconds, warmUpRate, micros.size(), total - warmUp,
                    complete ? "" : " (timed out)");
            System.out.printf(Locale.ROOT, "POST -> SSE latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    pct(micros, 50), pct(micros, 90), pct(micros, 99), pct(micros, 100));
            System.out.printf(Locale.ROOT, "rate kept: %.1f requests/s%n",
                    (total - warmUp - 1) / ((lastSent - firstSent) / 1e9));
            if (pid != null) {
                double cpu = (cpuAt[1] - cpuAt[0]) / 100.0;
                double wall = (wallAt[1] - wallAt[0]) / 1e9;
                System.out.printf(Locale.ROOT, "service processor time over the measured seconds: %.1f s in %.1f s "
                        + "(%.0f %% of one core), %.2f ms a request%n", cpu, wall, 100 * cpu / wall,
                        1000 * cpu / (total - warmUp));
            }
        }
    }

    /** User and system time of a process in clock ticks (1/100 s), from /proc. */
    private static long cpuTicks(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime and stime, fields 14 and 15
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String commodity(int n) {
        return "2713" + String.format(Locale.ROOT, "%06d", n);
    }

    private static String subject(String commodity) {
        return "CHN|PRK|EXPORT|" + commodity + "|2024-07";
    }

    /** Six months of baseline at 100,000 USD and a seventh ten times higher: one surge, nothing else. */
    private static String series(String commodity) {
        StringBuilder json = new StringBuilder("[");
        for (int month = 1; month <= 7; month++) {
            json.append(month == 1 ? "" : ",").append("""
                    {"type":"TRADE_FLOW","reporter":"CHN","partner":"PRK","flow":"EXPORT","commodity":"%s",
                     "period":"2024-%02d","valueUsd":%d,
                     "source":{"name":"Synthetic bench series","reliability":"B","credibility":2}}
                    """.formatted(commodity, month, month == 7 ? 1_000_000 : 100_000));
        }
        return json.append("]").toString();
    }

    private static void read(InputStream body, Map<String, Long> receivedAt, CountDownLatch latch) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("data:")) {
                    long now = System.nanoTime();
                    JsonNode alert = JSON.readTree(line.substring(5));
                    if (receivedAt.putIfAbsent(alert.get("subject").asString(), now) == null) {
                        latch.countDown();
                    }
                }
            }
        } catch (IOException e) {
            // The stream was closed at the end of the run.
        }
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1000.0;
    }
}
