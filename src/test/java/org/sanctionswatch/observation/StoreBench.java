package org.sanctionswatch.observation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.observation.ImportBench.KeyScheme;
import org.sanctionswatch.parameters.ParameterFiles;

/**
 * The same synthetic trade rows stored by raw JDBC, in one transaction as one load, with the observations' keys kept
 * each way ({@link KeyScheme}) and, if asked, without their payload's bytes ({@link Payload}), twice each in turn,
 * warm: what the store's key costs, the schemes it did not take, and what the row's size costs. Run with
 * {@code bench/store.sh [rows] [schemes and payloads...]}.
 */
public final class StoreBench {

    /** What a row's payload column holds. */
    enum Payload {
        /** The observation's JSON, as the service stores it (about 380 bytes a trade row). */
        FULL(ImportBench.JSON::writeValueAsString),
        /** An empty text: the row and its keys without the payload's bytes (the file is about half the size). */
        EMPTY(o -> "");

        final Function<Observation, String> text;

        Payload(Function<Observation, String> text) {
            this.text = text;
        }
    }

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        List<KeyScheme> schemes = new ArrayList<>();
        List<Payload> payloads = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals(Payload.EMPTY.name()) || args[i].equals(Payload.FULL.name())) {
                payloads.add(Payload.valueOf(args[i]));
            } else {
                schemes.add(KeyScheme.valueOf(args[i]));
            }
        }
        if (schemes.isEmpty()) {
            schemes.addAll(List.of(KeyScheme.UNIQUE_INDEX, KeyScheme.PER_PART, KeyScheme.RUNS, KeyScheme.NONE));
        }
        if (payloads.isEmpty()) {
            payloads.add(Payload.FULL);
        }
        Path dir = Files.createTempDirectory("bench-store");
        try {
            run(rows, schemes, payloads, dir);
        } finally {
            PerformanceBench.delete(dir);
        }
        System.exit(0);
    }

    private static void run(int rows, List<KeyScheme> schemes, List<Payload> payloads, Path dir) throws Exception {
        List<Prepared> parsed = ImportBench.parse(List.of(SyntheticData.trade(dir.resolve("trade.csv"), rows, 42)),
                ParameterFiles.read(Path.of("rules/parameters.json")));
        ImportBench.rawJdbc(dir.resolve("warm"), parsed.subList(0, parsed.size() / 10), ImportBench.JSON);
        System.out.printf(Locale.ROOT, "%,d synthetic trade rows (seed 42), one transaction, H2 file%n", rows);
        // Each run measures every variant once, in turn: a machine that gets busier slows them all alike.
        for (int run = 1; run <= 2; run++) {
            for (KeyScheme scheme : schemes) {
                for (Payload payload : payloads) {
                    Path db = dir.resolve(scheme + "-" + payload + "-" + run);
                    double seconds = ImportBench.rawJdbc(db, parsed, payload.text, Integer.MAX_VALUE, scheme);
                    System.out.printf(Locale.ROOT, "%-14s %-6s run %d %8.2f s %,9.0f rows/s, file %,6d MiB%n",
                            scheme, payload, run, seconds, parsed.size() / seconds,
                            PerformanceBench.sizeOf(db) >> 20);
                    PerformanceBench.delete(db);
                }
            }
        }
    }
}
