package org.sanctionswatch.observation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.kie.api.runtime.KieSession;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.parameters.ParameterFiles;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.rules.CompiledRules;
import org.sanctionswatch.rules.ObservationFacts;
import org.sanctionswatch.rules.RuleBaseBuilder;

/**
 * The rules alone under the stream benchmark's load: a bare session on a rules folder is fed the series the stream
 * benchmark posts (seven watched trade flows each, the seventh a surge), firing after each series, and prints the
 * time of every 5,000 series. Each block should take about as long as the one before: a block slower than the last
 * in proportion to the series held means a rule does work per new fact in proportion to the facts held (a shared
 * join did, see BENCHMARKS.md). Run with {@code bench/stream-rules.sh [series] [rules folder]}.
 */
public final class StreamRulesBench {

    private static final int BLOCK = 5_000;

    private StreamRulesBench() {
    }

    public static void main(String[] args) throws IOException {
        int series = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 15_000;
        Path rules = Path.of(args.length > 1 ? args[1] : "rules");
        ParameterSet parameters = ParameterFiles.read(rules.resolve("parameters.json"));
        Path file = Files.createTempFile("stream-series", ".csv");
        try {
            write(file, series);
            List<Prepared> flows = ImportBench.parse(List.of(file), parameters);
            CompiledRules compiled = RuleBaseBuilder.build(rules);
            // The first round compiles the rules' code paths; the second is the one to read.
            for (int round = 1; round <= 2; round++) {
                System.out.printf(Locale.ROOT, "round %d, %s, %,d series of 7 flows:%n", round, rules, series);
                feed(compiled, parameters, flows);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void feed(CompiledRules compiled, ParameterSet parameters, List<Prepared> flows) {
        KieSession session = compiled.newSession();
        try {
            parameters.facts().forEach(session::insert);
            ObservationFacts facts = new ObservationFacts(session, parameters);
            long start = System.nanoTime();
            long blockStart = start;
            int n = 0;
            for (Prepared p : flows) {
                facts.insert(p.observation());
                if (++n % 7 == 0) {
                    session.fireAllRules();
                    if ((n / 7) % BLOCK == 0) {
                        long now = System.nanoTime();
                        System.out.printf(Locale.ROOT, "  series %,7d: the last %,d in %6.2f s%n", n / 7, BLOCK,
                                (now - blockStart) / 1e9);
                        blockStart = now;
                    }
                }
            }
            session.fireAllRules();
            System.out.printf(Locale.ROOT, "  all: %.2f s, %,d findings%n", ImportBench.seconds(start),
                    session.getObjects(o -> o instanceof Finding).size());
        } finally {
            session.dispose();
        }
    }

    /** The stream benchmark's series: CHN's exports to PRK of one HS 2713 sub-code, six months flat, then ten times. */
    private static void write(Path file, int series) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("type,sourceName,reliability,credibility,reporter,partner,flow,commodity,period,valueUsd\n");
            for (int s = 0; s < series; s++) {
                for (int month = 1; month <= 7; month++) {
                    w.write(String.format(Locale.ROOT, "TRADE_FLOW,Synthetic bench series,B,2,CHN,PRK,EXPORT,2713%06d,"
                            + "2024-%02d,%d%n", s, month, month == 7 ? 1_000_000 : 100_000));
                }
            }
        }
    }
}
