package org.sanctionswatch.observation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.kie.api.runtime.KieSession;
import org.sanctionswatch.SanctionsWatchApplication;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.parameters.ParameterFiles;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.rules.CompiledRules;
import org.sanctionswatch.rules.ObservationFacts;
import org.sanctionswatch.rules.RuleBaseBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the same CSV files four ways in one run and prints rows per second for each: L1 parse only, L2 raw JDBC
 * batch inserts into the observation table (H2 file), L3 a bare Drools session on rules/, and E2E the running service
 * over HTTP until every alert is stored. Run with {@code bench/import.sh [params-file] [files...]}.
 */
public final class ImportBench {

    private static final String BENCH_KEY = "bench-admin-key-0123456789abcdef-0123";
    static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        Path params = Path.of(args.length > 0 ? args[0] : "rules/parameters.json");
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        if (files.isEmpty()) {
            try (Stream<Path> list = Files.list(Path.of("../shared/realdata/comtrade-hs27"))) {
                files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
            }
        }
        ParameterSet parameters = ParameterFiles.read(params);
        JsonMapper json = JsonMapper.builder().build();
        System.out.printf(Locale.ROOT, "machine: %d cores, max heap %d MiB; %d files; parameters %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, files.size(),
                params);

        // Warm-up of parsing and Drools, so that the first measured stage does not pay for class loading alone.
        parse(files.subList(0, 1), parameters);

        long t0 = System.nanoTime();
        List<Prepared> rows = parse(files, parameters);
        double l1 = seconds(t0);
        report("L1 parse (CSV -> records)", rows.size(), l1);

        Path dir = Files.createTempDirectory("bench-jdbc");
        double l2 = rawJdbc(dir, rows, json);
        report("L2 raw JDBC batch (H2 file)", rows.size(), l2);

        CompiledRules compiled = RuleBaseBuilder.build(Path.of("rules"));
        t0 = System.nanoTime();
        int findings = bareSession(compiled, parameters, rows);
        double l3 = seconds(t0);
        report("L3 bare Drools session (" + findings + " findings)", rows.size(), l3);

        Path data = Files.createTempDirectory("bench-e2e");
        double e2e;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SanctionsWatchApplication.class)
                .run("--server.port=0", "--sanctionswatch.data-dir=" + data, "--sanctionswatch.seeds.enabled=false",
                        "--sanctionswatch.rules.parameters=" + params, "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN", "--sanctionswatch.security.admin-key=" + BENCH_KEY)) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();
            t0 = System.nanoTime();
            for (Path file : files) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/observations/import")).header("Content-Type", "text/csv").header("Authorization", "Bearer " + BENCH_KEY)
                        .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(file + ": " + r.statusCode() + " " + r.body());
                }
            }
            e2e = seconds(t0);
        }
        report("E2E HTTP import, alerts stored", rows.size(), e2e);
        double slowest = Math.max(l1, Math.max(l2, l3));
        System.out.printf(Locale.ROOT, "E2E rows/s ÷ min(L1, L2, L3) rows/s = %.2f; E2E rows/s ÷ serial floor "
                + "1/(1/L1 + 1/L2 + 1/L3) = %.2f%n", slowest / e2e, (l1 + l2 + l3) / e2e);
        System.exit(0);
    }

    static List<Prepared> parse(List<Path> files, ParameterSet parameters)
            throws IOException {
        List<Prepared> all = new ArrayList<>();
        for (Path file : files) {
            Batch batch = new Batch(parameters, Instant.now());
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                new CsvImport(new ObservationReader(Set.of("DPRK-RUSSIA")), batch).read(in);
            }
            if (batch.hasErrors()) {
                throw new IllegalStateException(file + ": " + batch.errorCount() + " errors, first "
                        + batch.errors().subList(0, Math.min(3, batch.errors().size())));
            }
            all.addAll(batch.items());
        }
        return all;
    }

    /**
     * Raw JDBC batch inserts into the observation table; the seconds from the first insert to the last commit (not
     * the schema, nor closing the database, which the service does not do after a load).
     */
    static double rawJdbc(Path dir, List<Prepared> rows, JsonMapper json) throws Exception {
        return rawJdbc(dir, rows, json, 17_500); // about one file, as the service commits one import
    }

    /** How a floor keeps observations' (id, version) keys. */
    enum KeyScheme {
        /** As the store does: a table of keys, written in key order in runs of {@link ObservationStore#KEY_RUN}. */
        RUNS(ObservationStore.KEY_RUN),
        /** A table of keys, each part's written in key order with the part. */
        PER_PART(ObservationStore.PART),
        /** A unique index on the observation table, as before migration V9. */
        UNIQUE_INDEX(0),
        /** No key at all: what the row and its other index cost alone. */
        NONE(0);

        final int run;

        KeyScheme(int run) {
            this.run = run;
        }
    }

    /** The same, committing every {@code commitEvery} rows (one transaction for the whole list: as one load). */
    static double rawJdbc(Path dir, List<Prepared> rows, JsonMapper json, int commitEvery) throws Exception {
        return rawJdbc(dir, rows, json, commitEvery, KeyScheme.RUNS);
    }

    /** The same, with the keys kept another way. */
    static double rawJdbc(Path dir, List<Prepared> rows, JsonMapper json, int commitEvery, KeyScheme scheme)
            throws Exception {
        return rawJdbc(dir, rows, json::writeValueAsString, commitEvery, scheme);
    }

    /** The same, with each row's payload written by {@code payload} (the service writes its JSON). */
    static double rawJdbc(Path dir, List<Prepared> rows, Function<Observation, String> payload, int commitEvery,
            KeyScheme scheme) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("raw"), "sa", "")) {
            return rawJdbc(c, rows, payload, commitEvery, scheme);
        }
    }

    /**
     * The same into a database of any kind (an empty one): the tables as the migrations leave them, then the rows
     * inserted by JDBC batches.
     */
    static double rawJdbc(Connection c, List<Prepared> rows, Function<Observation, String> payload, int commitEvery,
            KeyScheme scheme) throws Exception {
        migrate(c, scheme);
        c.setAutoCommit(false);
        long t0 = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement("insert into observation (row_id, id, version, current_, "
                + "type, theatre, event_date, reported_at, loaded_at, source_name, reliability, credibility, "
                + "content_hash, payload) values (?, ?, 1, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement key = scheme.run == 0 ? null : c.prepareStatement(
                        "insert into observation_key (id, version, row_id) values (?, 1, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            int n = 0;
            int keysFrom = 0; // the keys of rows keysFrom to n are not written yet
            for (Prepared p : rows) {
                Observation o = p.observation();
                ps.setLong(1, n + 1);
                ps.setString(2, o.id());
                ps.setString(3, o.type().name());
                ps.setString(4, o.theatre());
                ps.setDate(5, Date.valueOf(o.eventDate()));
                ps.setTimestamp(6, Timestamp.from(o.reportedAt()));
                ps.setTimestamp(7, now);
                ps.setString(8, o.source().name());
                ps.setString(9, o.source().reliability());
                ps.setInt(10, o.source().credibility());
                ps.setString(11, p.contentHash());
                ps.setString(12, payload.apply(o));
                ps.addBatch();
                if (++n % 5000 == 0) {
                    ps.executeBatch();
                }
                if (key != null && (n % commitEvery == 0 || n % scheme.run == 0)) {
                    keys(key, rows, keysFrom, n);
                    keysFrom = n;
                }
                if (n % commitEvery == 0) {
                    c.commit();
                }
            }
            ps.executeBatch();
            if (key != null) {
                keys(key, rows, keysFrom, n);
            }
        }
        c.commit();
        return seconds(t0);
    }

    /** The observation table and its indexes as the migrations leave them (or left them before V9), committed. */
    static void migrate(Connection c, KeyScheme scheme) throws Exception {
        c.setAutoCommit(true);
        List<String> migrations = new ArrayList<>(List.of("V1__observations_and_alerts.sql",
                "V8__drop_unread_current_index.sql"));
        if (scheme != KeyScheme.UNIQUE_INDEX) {
            migrations.add("V9__observation_key.sql");
        }
        for (String migration : migrations) {
            try (Statement s = c.createStatement();
                    InputStream ddl = ImportBench.class.getResourceAsStream("/db/migration/" + migration)) {
                String script = new String(ddl.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
                for (String sql : script.split(";")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
            }
        }
    }

    /** The keys of rows {@code from} to {@code to} (row ids one up from their index), in key order, as a load's. */
    static void keys(PreparedStatement key, List<Prepared> rows, int from, int to)
            throws java.sql.SQLException {
        int n = 0;
        for (int i : byId(rows, from, to)) {
            key.setString(1, rows.get(i).observation().id());
            key.setLong(2, i + 1);
            key.addBatch();
            if (++n % 5000 == 0) {
                key.executeBatch();
            }
        }
        key.executeBatch();
    }

    /** The places of rows {@code from} to {@code to} in the order of their ids: the order a load writes its keys in. */
    static int[] byId(List<Prepared> rows, int from, int to) {
        return java.util.stream.IntStream.range(from, to).boxed()
                .sorted(java.util.Comparator.comparing(i -> rows.get(i).observation().id()))
                .mapToInt(Integer::intValue).toArray();
    }

    static int bareSession(CompiledRules compiled, ParameterSet parameters, List<Prepared> rows) {
        return findings(compiled, parameters, rows).size();
    }

    /** The findings of a bare session given the parameters and the rows, fired once. */
    static List<org.sanctionswatch.fact.Finding> findings(CompiledRules compiled, ParameterSet parameters,
            List<Prepared> rows) {
        KieSession session = compiled.newSession();
        try {
            parameters.facts().forEach(session::insert);
            ObservationFacts facts = new ObservationFacts(session, parameters);
            for (Prepared p : rows) {
                facts.insert(p.observation());
            }
            session.fireAllRules();
            return session.getObjects(o -> o instanceof org.sanctionswatch.fact.Finding).stream()
                    .map(org.sanctionswatch.fact.Finding.class::cast).toList();
        } finally {
            session.dispose();
        }
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static void report(String stage, int rows, double seconds) {
        System.out.printf(Locale.ROOT, "%-48s %9d rows %8.2f s %10.0f rows/s%n", stage, rows, seconds,
                rows / seconds);
    }
}
