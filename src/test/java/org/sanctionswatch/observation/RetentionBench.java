package org.sanctionswatch.observation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sanctionswatch.SanctionsWatchApplication;
import org.sanctionswatch.rules.RuleEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The heap of a service that keeps receiving observations whose time moves on: a month at a time, {@code series}
 * monthly trade series (one in 50 surging once), {@code calls} port calls a day and a rail count a day at each of
 * five crossings, over {@code years} years of event time. Run twice in one JVM on the same data, with retention off
 * and on; after each year it prints what the session holds and what the heap keeps after a full collection, less what
 * it kept before the first load.
 * Usage: bench/retention.sh [years, default 10] [series, default 2000] [port calls a day, default 20]
 */
public final class RetentionBench {

    private static final String KEY = "bench-retention-key-0123456789abcdef";
    private static final LocalDate START = LocalDate.of(2015, 1, 1);
    private static final int CROSSINGS = 5;

    private RetentionBench() {
    }

    public static void main(String[] args) throws Exception {
        int years = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int series = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        List<String> months = new ArrayList<>();
        for (int m = 0; m < years * 12; m++) {
            months.add(month(START.plusMonths(m), series, calls, 42));
        }
        long days = START.until(START.plusYears(years), java.time.temporal.ChronoUnit.DAYS);
        System.out.printf(Locale.ROOT, "%d years of event time, a month a load: %,d trade series, %d port calls and %d "
                + "rail counts a day (%,d observations in all)%n", years, series, calls, CROSSINGS,
                (long) years * 12 * series + (calls + CROSSINGS) * days);
        List<long[]> off = run(months, false);
        List<long[]> on = run(months, true);
        System.out.printf(Locale.ROOT, "%n%-6s %12s %12s %10s %12s %10s %10s%n", "year", "sent", "held (off)",
                "MiB (off)", "held (on)", "MiB (on)", "s (on)");
        for (int y = 0; y < years; y++) {
            System.out.printf(Locale.ROOT, "%-6d %,12d %,12d %,10d %,12d %,10d %10.1f%n", START.getYear() + y,
                    off.get(y)[0], off.get(y)[1], off.get(y)[2] >> 20, on.get(y)[1], on.get(y)[2] >> 20,
                    on.get(y)[3] / 1e9);
        }
        System.exit(0);
    }

    /** Each year's end: observations sent, held by the session, heap retained, seconds since the first load. */
    private static List<long[]> run(List<String> months, boolean retain) throws Exception {
        Path data = Files.createTempDirectory("retention-bench");
        List<long[]> rows = new ArrayList<>();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SanctionsWatchApplication.class).run(
                "--server.port=0", "--sanctionswatch.data-dir=" + data, "--sanctionswatch.seeds.enabled=false",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--sanctionswatch.security.admin-key=" + KEY,
                "--sanctionswatch.engine.retention.enabled=" + retain)) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            RuleEngine engine = app.getBean(RuleEngine.class);
            HttpClient http = HttpClient.newHttpClient();
            long before = PerformanceBench.usedAfterGc();
            long sent = 0;
            long t0 = System.nanoTime();
            for (int m = 0; m < months.size(); m++) {
                String body = months.get(m);
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/observations"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + KEY)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(r.statusCode() + " " + r.body());
                }
                sent += body.chars().filter(c -> c == '{').count() / 2; // each observation has a nested source
                if (m % 12 == 11) {
                    long elapsed = System.nanoTime() - t0;
                    long held = engine.observationsHeld().join();
                    long retained = PerformanceBench.usedAfterGc() - before;
                    rows.add(new long[] {sent, held, retained, elapsed});
                    System.out.printf(Locale.ROOT, "retention %-3s year %d: %,d sent, %,d held, %,d MiB retained, "
                            + "%.1f s%n", retain ? "on" : "off", START.getYear() + m / 12, sent, held, retained >> 20,
                            elapsed / 1e9);
                }
            }
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return rows;
    }

    /** One month's observations as a JSON array: a figure for each trade series, and the month's port calls. */
    private static String month(LocalDate first, int series, int calls, long seed) {
        StringBuilder json = new StringBuilder("[");
        int monthIndex = (first.getYear() - START.getYear()) * 12 + first.getMonthValue() - 1;
        String source = "\"source\":{\"name\":\"Synthetic benchmark\",\"reliability\":\"B\",\"credibility\":2}";
        for (int s = 0; s < series; s++) {
            Random random = new Random(seed * 31 + s);
            int pair = s % 380;
            String reporter = SyntheticData.COUNTRIES[pair / 19];
            String partner = SyntheticData.COUNTRIES[(pair / 19 + 1 + pair % 19) % SyntheticData.COUNTRIES.length];
            String hs = String.format(Locale.ROOT, "%04d", 2701 + s / 380);
            double base = 50_000 + random.nextInt(2_000_000);
            boolean surges = random.nextInt(50) == 0;
            int surgeMonth = 12 + random.nextInt(1_000);
            double value = base * (0.9 + 0.2 * new Random(seed + s * 7919L + monthIndex).nextDouble())
                    * (surges && monthIndex % 120 == surgeMonth % 120 ? 4 : 1);
            json.append(s == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"type\":\"TRADE_FLOW\",\"reporter\":\"%s\",\"partner\":\"%s\",\"flow\":\"EXPORT\","
                            + "\"commodity\":\"%s\",\"period\":\"%d-%02d\",\"valueUsd\":%.0f,%s}",
                    reporter, partner, hs, first.getYear(), first.getMonthValue(), value, source));
        }
        for (LocalDate day = first; day.getMonth() == first.getMonth(); day = day.plusDays(1)) {
            for (int c = 0; c < calls; c++) {
                json.append(String.format(Locale.ROOT, ",{\"type\":\"PORT_CALL\",\"vesselName\":\"SYNTHETIC %d\","
                        + "\"imo\":\"%d\",\"flag\":\"PAN\",\"port\":\"Vostochny\",\"country\":\"RUS\","
                        + "\"arrivedOn\":\"%s\",%s}", c, 9_000_000 + c, day, source));
            }
            for (int c = 0; c < CROSSINGS; c++) {
                int railcars = 20 + new Random(seed + c * 104_729L + day.toEpochDay()).nextInt(40);
                json.append(String.format(Locale.ROOT, ",{\"type\":\"RAIL_TRAFFIC\",\"crossing\":\"CROSSING-%d\","
                        + "\"date\":\"%s\",\"railcars\":%d,\"direction\":\"PRK->RUS\",%s}", c, day, railcars, source));
            }
        }
        return json.append("]").toString();
    }
}
