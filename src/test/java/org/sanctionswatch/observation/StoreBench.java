package org.sanctionswatch.observation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sanctionswatch.observation.ImportBench.KeyScheme;
import org.sanctionswatch.parameters.ParameterFiles;

/**
 * The same synthetic trade rows stored by raw JDBC, in one transaction as one load, with the observations' keys kept
 * each way ({@link KeyScheme}), twice each, warm: what the store's key costs, and the schemes it did not take. Run with
 * {@code bench/store.sh [rows] [schemes...]}.
 */
public final class StoreBench {

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        List<KeyScheme> schemes = args.length > 1
                ? Arrays.stream(args).skip(1).map(KeyScheme::valueOf).toList()
                : List.of(KeyScheme.UNIQUE_INDEX, KeyScheme.PER_PART, KeyScheme.RUNS, KeyScheme.NONE);
        Path dir = Files.createTempDirectory("bench-store");
        List<Prepared> parsed = ImportBench.parse(List.of(SyntheticData.trade(dir.resolve("trade.csv"), rows, 42)),
                ParameterFiles.read(Path.of("rules/parameters.json")));
        ImportBench.rawJdbc(dir.resolve("warm"), parsed.subList(0, parsed.size() / 10), ImportBench.JSON);
        System.out.printf(Locale.ROOT, "%,d synthetic trade rows (seed 42), one transaction, H2 file%n", rows);
        for (KeyScheme scheme : schemes) {
            for (int run = 1; run <= 2; run++) {
                Path db = dir.resolve(scheme + "-" + run);
                double seconds = ImportBench.rawJdbc(db, parsed, ImportBench.JSON, Integer.MAX_VALUE, scheme);
                System.out.printf(Locale.ROOT, "%-14s run %d %8.2f s %,9.0f rows/s, file %,6d MiB%n", scheme, run,
                        seconds, parsed.size() / seconds, PerformanceBench.sizeOf(db) >> 20);
                PerformanceBench.delete(db);
            }
        }
        PerformanceBench.delete(dir);
        System.exit(0);
    }
}
