package org.sanctionswatch.observation;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.observation.ImportBench.KeyScheme;
import org.sanctionswatch.parameters.ParameterFiles;

/**
 * Storing alone on PostgreSQL beside H2, in one run on the same rows: the floor another store would give the import.
 * The same synthetic trade rows into the same tables (the migrations' own DDL), one transaction, keys sorted as the
 * store writes them: by H2 in a file and by PostgreSQL with JDBC batches (raw JDBC, as L2), and by PostgreSQL's
 * {@code COPY}, its fastest way in. Run with {@code bench/postgres.sh [rows]}, which starts a PostgreSQL server of
 * its own for the run and gives its password in {@code BENCH_PG_PASSWORD}.
 */
public final class PostgresBench {

    private PostgresBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        String url = args[1];
        Path dir = Files.createTempDirectory("bench-postgres");
        try {
            run(rows, url, dir);
        } finally {
            PerformanceBench.delete(dir); // the rows' CSV and H2 files of up to 1.4 GiB a million rows
        }
        System.exit(0);
    }

    private static void run(int rows, String url, Path dir) throws Exception {
        List<Prepared> parsed = ImportBench.parse(List.of(SyntheticData.trade(dir.resolve("trade.csv"), rows, 42)),
                ParameterFiles.read(Path.of("rules/parameters.json")));
        java.util.Properties login = new java.util.Properties();
        login.setProperty("password", System.getenv().getOrDefault("BENCH_PG_PASSWORD", ""));
        try (Connection pg = DriverManager.getConnection(url, login)) {
            System.out.printf(Locale.ROOT, "%,d synthetic trade rows (seed 42), one transaction; %s%n", rows,
                    pg.getMetaData().getDatabaseProductName() + " " + pg.getMetaData().getDatabaseProductVersion());
            // Warm, as L2 is: a tenth of the rows each way first.
            List<Prepared> warm = parsed.subList(0, parsed.size() / 10);
            ImportBench.rawJdbc(dir.resolve("warm"), warm, ImportBench.JSON);
            empty(pg);
            ImportBench.rawJdbc(pg, warm, ImportBench.JSON::writeValueAsString, Integer.MAX_VALUE, KeyScheme.RUNS);
            empty(pg);
            copy(pg, warm);
            // Each run measures the three in turn: a machine that gets busier slows them all alike.
            for (int run = 1; run <= 2; run++) {
                Path h2 = dir.resolve("h2-" + run);
                report("H2 file, JDBC batches", run, parsed.size(),
                        ImportBench.rawJdbc(h2, parsed, ImportBench.JSON::writeValueAsString, Integer.MAX_VALUE,
                                KeyScheme.RUNS));
                PerformanceBench.delete(h2);
                empty(pg);
                report("PostgreSQL, JDBC batches", run, parsed.size(), ImportBench.rawJdbc(pg, parsed,
                        ImportBench.JSON::writeValueAsString, Integer.MAX_VALUE, KeyScheme.RUNS));
                empty(pg);
                report("PostgreSQL, COPY", run, parsed.size(), copy(pg, parsed));
            }
        }
    }

    private static void report(String what, int run, int rows, double seconds) {
        System.out.printf(Locale.ROOT, "%-26s run %d %8.2f s %,9.0f rows/s%n", what, run, seconds, rows / seconds);
    }

    /** An empty database: every table of an earlier run dropped. */
    private static void empty(Connection pg) throws Exception {
        pg.setAutoCommit(true);
        try (Statement s = pg.createStatement()) {
            s.execute("drop schema public cascade");
            s.execute("create schema public");
        }
    }

    /**
     * The tables as the migrations leave them, then the rows and their keys by {@code COPY} in PostgreSQL's text
     * format; the seconds from the first row to the commit. The keys go in one run sorted by id, as the store writes
     * a load of up to a million rows (a larger one in runs of a million).
     */
    static double copy(Connection pg, List<Prepared> rows) throws Exception {
        ImportBench.migrate(pg, KeyScheme.RUNS);
        pg.setAutoCommit(false);
        long t0 = System.nanoTime();
        var copies = pg.unwrap(PGConnection.class).getCopyAPI();
        String loaded = Instant.now().toString();
        try (Writer out = writer(copies.copyIn("copy observation (row_id, id, version, current_, type, theatre, "
                + "event_date, reported_at, loaded_at, source_name, reliability, credibility, content_hash, payload) "
                + "from stdin"))) {
            long rowId = 1;
            for (Prepared p : rows) {
                Observation o = p.observation();
                out.append(Long.toString(rowId++)).append('\t');
                field(out, o.id());
                out.append("1\tt\t").append(o.type().name()).append('\t');
                field(out, o.theatre());
                out.append(o.eventDate().toString()).append('\t').append(o.reportedAt().toString()).append('\t')
                        .append(loaded).append('\t');
                field(out, o.source().name());
                field(out, o.source().reliability());
                out.append(Integer.toString(o.source().credibility())).append('\t');
                field(out, p.contentHash());
                text(out, ImportBench.JSON.writeValueAsString(o));
                out.append('\n');
            }
        }
        try (Writer out = writer(copies.copyIn("copy observation_key (id, version, row_id) from stdin"))) {
            for (int i : ImportBench.byId(rows, 0, rows.size())) {
                field(out, rows.get(i).observation().id());
                out.append("1\t").append(Integer.toString(i + 1)).append('\n');
            }
        }
        pg.commit();
        return ImportBench.seconds(t0);
    }

    private static Writer writer(CopyIn copy) {
        return new java.io.BufferedWriter(new java.io.OutputStreamWriter(new PGCopyOutputStream(copy, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
    }

    private static void field(Writer out, String value) throws IOException {
        text(out, value);
        out.append('\t');
    }

    /** A value in COPY's text format: null as \N, and the backslash, tab and line ends escaped. */
    static void text(Writer out, String value) throws IOException {
        if (value == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
