package org.sanctionswatch.observation;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.sanctionswatch.SanctionsWatchApplication;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.TradeFlow;
import org.sanctionswatch.parameters.ParameterFiles;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.rules.CompiledRules;
import org.sanctionswatch.rules.ObservationFacts;
import org.sanctionswatch.rules.RuleBaseBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark harness: for each size of a seeded synthetic trade set, in one run on the same data, L1 parse (from
 * memory and from a file), L2 raw JDBC batch inserts, L3 a bare Drools session, E2E the service over HTTP, the
 * backtest, and the same TRADE-001 judgement as one SQL window query; plus KieBase build, start-up with seeds, and
 * heap per fact. Run with {@code bench/performance.sh [rows...]}, e.g. {@code bench/performance.sh 100000 1000000}.
 */
public final class PerformanceBench {

    private static final String KEY = "bench-admin-key-0123456789abcdef-0123";

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a.replace("_", "")));
        }
        if (sizes.isEmpty()) {
            sizes.add(100_000);
        }
        ParameterSet parameters = ParameterFiles.read(Path.of("rules/parameters.json"));
        System.out.printf(Locale.ROOT, "machine: %d cores, max heap %d MiB, %s %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));

        long t0 = System.nanoTime();
        CompiledRules compiled = RuleBaseBuilder.build(Path.of("rules"));
        double firstBuild = ImportBench.seconds(t0);
        t0 = System.nanoTime();
        RuleBaseBuilder.build(Path.of("rules"));
        System.out.printf(Locale.ROOT, "KieBase build of rules/: first %.2f s, warm %.2f s, %d rules%n", firstBuild,
                ImportBench.seconds(t0), compiled.ruleNames().size());

        Path startDir = Files.createTempDirectory("bench-start");
        t0 = System.nanoTime();
        try (ConfigurableApplicationContext app = start(startDir, true)) {
            System.out.printf(Locale.ROOT, "start-up with seeds (fresh store, until ready): %.2f s%n",
                    ImportBench.seconds(t0));
        }
        delete(startDir);

        for (int rows : sizes) {
            System.out.printf(Locale.ROOT, "%n== %,d trade rows (seed 42) ==%n", rows);
            Path dir = Files.createTempDirectory("bench-" + rows);
            Path file = SyntheticData.trade(dir.resolve("trade.csv"), rows, 42);
            byte[] bytes = Files.readAllBytes(file);
            ImportBench.parse(List.of(file), parameters); // warm-up, untimed

            t0 = System.nanoTime();
            List<Prepared> parsed = ImportBench.parse(List.of(file), parameters);
            double l1 = ImportBench.seconds(t0);
            ImportBench.report("L1 parse from the file", parsed.size(), l1);

            t0 = System.nanoTime();
            Batch inMemory = new Batch(parameters, Instant.now());
            new CsvImport(new ObservationReader(Set.of("DPRK-RUSSIA")), inMemory).read(
                    new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
            double l1Memory = ImportBench.seconds(t0);
            ImportBench.report("L1 parse from bytes in memory", inMemory.receivedCount(), l1Memory);
            inMemory = null;

            // The floors run warm, as the service does after its first load: H2's and Drools' code paths are
            // compiled on a tenth of the rows (into a store and a session of their own) before the timed runs.
            List<Prepared> tenth = parsed.subList(0, parsed.size() / 10);
            ImportBench.rawJdbc(dir.resolve("warm-jdbc"), tenth, ImportBench.JSON);
            KieSession warm = compiled.newSession();
            parameters.facts().forEach(warm::insert);
            ObservationFacts warmFacts = new ObservationFacts(warm, parameters);
            tenth.forEach(p -> warmFacts.insert(p.observation()));
            warm.fireAllRules();
            warm.dispose();
            tenth = null;

            // One transaction for the file, as the service stores one load.
            double l2 = ImportBench.rawJdbc(dir.resolve("jdbc"), parsed, ImportBench.JSON, Integer.MAX_VALUE);
            ImportBench.report("L2 raw JDBC batch, one transaction (H2 file)", parsed.size(), l2);
            System.out.printf(Locale.ROOT, "   L2's H2 file after the commit: %,d MiB%n", sizeOf(dir.resolve("jdbc")) >> 20);
            // Its file goes before the service's grows: at 5,000,000 rows each is some 25 GiB.
            delete(dir.resolve("jdbc"));
            delete(dir.resolve("warm-jdbc"));

            resetPeaks();
            long before = usedAfterGc();
            KieSession session = compiled.newSession();
            t0 = System.nanoTime();
            parameters.facts().forEach(session::insert);
            ObservationFacts facts = new ObservationFacts(session, parameters);
            int n = 0;
            for (Prepared p : parsed) {
                facts.insert(p.observation());
                if (++n % 20_000 == 0) {
                    session.fireAllRules();
                }
            }
            session.fireAllRules();
            double l3 = ImportBench.seconds(t0);
            long findings = session.getObjects(o -> o instanceof Finding f && f.ruleId().equals("TRADE-001")).size();
            ImportBench.report("L3 bare Drools session (" + findings + " TRADE-001 findings)", parsed.size(), l3);
            long retained = usedAfterGc() - before;
            System.out.printf(Locale.ROOT, "   heap retained by the session: %,d MiB, %,d bytes per fact; "
                    + "peak heap in L3 %,d MiB%n", retained >> 20, retained / Math.max(1, parsed.size()),
                    peakHeap() >> 20);
            session.dispose();

            SqlPeer peer = sqlWindow(dir.resolve("sql"), parsed, parameters);
            System.out.printf(Locale.ROOT, "   SQL peer flags %d periods%n", peer.flagged().size());
            double sql = peer.seconds();
            System.out.printf(Locale.ROOT, "%-52s %9d rows %8.2f s %10.0f rows/s%n", "peer: TRADE-001 as one SQL window "
                    + "query (H2)", parsed.size(), sql, parsed.size() / sql);
            parsed = null;

            resetPeaks();
            Path data = dir.resolve("service");
            try (ConfigurableApplicationContext app = start(data, false)) {
                String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
                HttpClient http = HttpClient.newHttpClient();
                // The harness holds nothing of the data any more: what the heap keeps after the import, less what
                // it kept before, is what the service retains for it (its session, handles and caches).
                long serviceBefore = usedAfterGc();
                resetPeaks();
                ThreadTimes threads = ThreadTimes.read();
                long gcBefore = gcMillis();
                t0 = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/observations/import")).header("Content-Type", "text/csv")
                        .header("Authorization", "Bearer " + KEY).POST(HttpRequest.BodyPublishers.ofFile(file))
                        .build(), HttpResponse.BodyHandlers.ofString());
                double e2e = ImportBench.seconds(t0);
                String threadTimes = ThreadTimes.read().since(threads);
                long gcPauses = gcMillis() - gcBefore;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(r.statusCode() + " " + r.body());
                }
                ImportBench.report("E2E HTTP import, alerts stored", rows, e2e);
                long peak = peakHeap();
                long serviceRetained = usedAfterGc() - serviceBefore;
                System.out.printf(Locale.ROOT, "   heap the service retains for the import (after a full collection): "
                        + "%,d MiB, %,d bytes per row; peak heap during E2E (garbage included): %,d MiB; answer %s%n",
                        serviceRetained >> 20, serviceRetained / Math.max(1, rows), peak >> 20, r.body());
                // Where the two cores went while the service imported (the harness's HTTP client included).
                int cores = Runtime.getRuntime().availableProcessors();
                System.out.printf(Locale.ROOT, "   processor time of the JVM's threads during E2E (of %.1f s on %d "
                        + "cores), by thread, system time in brackets: %s garbage collection pauses %.1f s%n",
                        cores * e2e, cores, threadTimes, gcPauses / 1000.0);
                double slowest = Math.max(l1, Math.max(l2, l3));
                System.out.printf(Locale.ROOT, "   E2E rows/s ÷ min(L1, L2, L3) rows/s = %.2f; ÷ serial floor "
                        + "1/(1/L1+1/L2+1/L3) = %.2f%n", slowest / e2e, (l1 + l2 + l3) / e2e);

                // The first backtest of a kind of change builds the rule base of the groups it touches; the second,
                // of another value of the same parameter, finds it built.
                for (String ratio : List.of("3.0", "2.5")) {
                    t0 = System.nanoTime();
                    HttpResponse<String> b = http.send(HttpRequest.newBuilder(URI.create(base + "/api/backtests"))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + KEY)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"parameters\": {\"TRADE-001.ratio\": "
                                    + ratio + "}}"))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    double backtest = ImportBench.seconds(t0);
                    System.out.printf(Locale.ROOT, "%-52s %9d rows %8.2f s (the present, ratio %s: live findings, "
                            + "the groups the change touches judged); backtest ÷ SQL peer = %.2f%n",
                            "backtest over HTTP", rows, backtest, ratio, backtest / sql);
                    if (b.statusCode() != 200) {
                        throw new IllegalStateException(b.statusCode() + " " + b.body());
                    }
                }
                // Twice: the first after the import judges while the heap still holds the import's garbage.
                for (String run : List.of("first", "again")) {
                    t0 = System.nanoTime();
                    HttpResponse<String> asOf = http.send(HttpRequest.newBuilder(URI.create(base + "/api/backtests"))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + KEY)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"parameters\": {\"TRADE-001.ratio\": 3.0}, "
                                    + "\"asOf\": \"" + java.time.LocalDate.now() + "\"}"))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    double asOfBacktest = ImportBench.seconds(t0);
                    System.out.printf(Locale.ROOT, "%-52s %9d rows %8.2f s (%s: the live observations as the day knew "
                            + "them; current side whole, candidate the groups its change touches); "
                            + "÷ SQL peer = %.2f%n", "backtest as known today, over HTTP", rows, asOfBacktest, run,
                            asOfBacktest / sql);
                    if (asOf.statusCode() != 200) {
                        throw new IllegalStateException(asOf.statusCode() + " " + asOf.body());
                    }
                }
                // What a backtest as of a date reads instead once observations have left the session. A microsecond
                // later than the backtests' instant: H2 may hand back the previous result of an identical query over
                // unchanged tables.
                ObservationStore store = app.getBean(ObservationStore.class);
                Instant tomorrow = java.time.LocalDate.now().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC)
                        .toInstant().plusNanos(1_000);
                t0 = System.nanoTime();
                long[] read = {0};
                store.forEachKnownBy(tomorrow, o -> read[0]++);
                System.out.printf(Locale.ROOT, "   the whole store read as known today, alone: %.2f s (%,d)%n",
                        ImportBench.seconds(t0), read[0]);
            }
            System.out.printf(Locale.ROOT, "   the service's H2 file after the import and the backtest: %,d MiB%n",
                    sizeOf(data) >> 20);
            // A restart on the same store replays every observation into a new session: its time, and the heap it
            // keeps, which facts read back from the store share codes, periods and sources in as a load's do.
            long beforeRestart = usedAfterGc();
            t0 = System.nanoTime();
            try (ConfigurableApplicationContext app = start(data, false)) {
                double restart = ImportBench.seconds(t0);
                long restarted = usedAfterGc() - beforeRestart;
                System.out.printf(Locale.ROOT, "%-52s %9d rows %8.2f s; the service retains %,d MiB, %,d bytes per "
                        + "row%n", "restart on the stored rows, until ready", rows, restart, restarted >> 20,
                        restarted / Math.max(1, rows));
            }
            delete(dir); // a million rows in one transaction leave H2 files of several GiB
        }
        System.exit(0);
    }

    /**
     * The time garbage collectors have spent, in milliseconds: on Java 17's G1 the pauses of its young and mixed
     * collections (later releases count its concurrent work too).
     */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> Math.max(0,
                gc.getCollectionTime())).sum();
    }

    private static ConfigurableApplicationContext start(Path data, boolean seeds) {
        return new SpringApplicationBuilder(SanctionsWatchApplication.class).run("--server.port=0",
                "--sanctionswatch.data-dir=" + data, "--sanctionswatch.seeds.enabled=" + seeds,
                "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--sanctionswatch.security.admin-key=" + KEY,
                // 5,000,000 rows are a file of some 350 MB, over the default body limit of 256 MiB.
                "--sanctionswatch.limits.max-body-bytes=1073741824");
    }

    /**
     * The SQL peer's run: the seconds its query took, and the flows it flags (reporter, partner, flow, code, monthly or
     * annual, period).
     */
    record SqlPeer(double seconds, java.util.Set<String> flagged) {
    }

    /** A trade flow as the SQL peer names what it flags. */
    static String flagged(String reporter, String partner, String flow, String commodity, boolean monthly,
            int periodIndex) {
        return String.join(" ", reporter, partner, flow, commodity, monthly ? "M" : "A", Integer.toString(periodIndex));
    }

    /**
     * TRADE-001's judgement (ratio, baseline window, minimum count, floor, watchlist) as one window query over the rows
     * in an H2 file under {@code dir}.
     */
    static SqlPeer sqlWindow(Path dir, List<Prepared> rows, ParameterSet p) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("peer"), "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("create table trade_series (reporter varchar(8), partner varchar(8), flow varchar(16), "
                        + "commodity varchar(12), monthly boolean, period_index int, value_usd double precision)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into trade_series values (?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Prepared prepared : rows) {
                    TradeFlow t = (TradeFlow) prepared.observation();
                    ps.setString(1, t.reporter());
                    ps.setString(2, t.partner());
                    ps.setString(3, t.flow());
                    ps.setString(4, t.commodity());
                    ps.setBoolean(5, t.monthly());
                    ps.setInt(6, t.periodIndex());
                    ps.setDouble(7, t.valueUsd());
                    ps.addBatch();
                    if (++n % 5000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            int n = p.number("TRADE-001.baselinePeriods").orElseThrow().intValue();
            String watched = String.join(" or ", p.watchlist().stream().map(w -> "(commodity like '" + w.hsPrefix()
                    + "%'" + (w.countries().isEmpty() ? "" : " and (reporter in (" + quoted(w.countries())
                    + ") or partner in (" + quoted(w.countries()) + "))") + ")").toList());
            String sql = "select reporter, partner, flow, commodity, monthly, period_index from (select reporter, "
                    + "partner, flow, commodity, monthly, period_index, value_usd, avg(value_usd) over w as mean, "
                    + "count(*) over w as n "
                    + "from trade_series where " + watched + " window w as (partition by reporter, partner, flow, "
                    + "commodity, monthly order by period_index range between " + n + " preceding and 1 preceding)) "
                    + "where n >= " + p.number("TRADE-001.minBaselinePeriods").orElseThrow() + " and value_usd >= "
                    + p.number("TRADE-001.floorUsd").orElseThrow() + " and value_usd >= "
                    + p.number("TRADE-001.ratio").orElseThrow() + " * mean";
            long t0 = System.nanoTime();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                java.util.Set<String> flagged = new java.util.HashSet<>();
                while (rs.next()) {
                    flagged.add(flagged(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBoolean(5), rs.getInt(6)));
                }
                return new SqlPeer(ImportBench.seconds(t0), flagged);
            }
        }
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(v -> "'" + v + "'").toList());
    }

    static long sizeOf(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static void delete(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(m -> m.getType() == MemoryType.HEAP)
                .mapToLong(m -> m.getPeakUsage().getUsed()).sum();
    }
}
