package org.sanctionswatch.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sanctionswatch.fact.RailTraffic;

/**
 * LOG-001 alone under a long history: daily rail counts at five crossings for {@code years} years, in a bare session
 * on the real rules folder, 150 counts a firing; once in date order, once with the first year's counts shuffled
 * (arriving out of order), once more in order (warm). Prints the time of each and what the heap holds after it.
 * Usage: bench/rail-rules.sh [years, default 10]
 */
public final class RailRulesBench {

    private RailRulesBench() {
    }

    public static void main(String[] args) throws InterruptedException {
        int years = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int days = years * 365;
        for (String order : List.of("in date order", "first year shuffled", "in date order, warm")) {
            List<RailTraffic> counts = new ArrayList<>();
            for (int d = 0; d < days; d++) {
                for (int c = 0; c < 5; c++) {
                    counts.add(Facts.rail("CROSSING-" + c, LocalDate.of(2015, 1, 1).plusDays(d),
                            20 + (d * 7 + c) % 40));
                }
            }
            if (order.startsWith("first")) {
                Collections.shuffle(counts.subList(0, Math.min(counts.size(), 5 * 365)), new Random(1));
            }
            try (RulesHarness rules = RulesHarness.withDefaults()) {
                long t0 = System.nanoTime();
                for (int i = 0; i < counts.size(); i += 150) {
                    rules.insert(counts.subList(i, Math.min(counts.size(), i + 150)));
                    rules.fire();
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.gc();
                Thread.sleep(200);
                Runtime r = Runtime.getRuntime();
                System.out.printf(Locale.ROOT, "%-22s %,d counts in %.2f s, %d LOG-001 findings, heap %,d MiB%n",
                        order, counts.size(), seconds, rules.fired("LOG-001").size(),
                        (r.totalMemory() - r.freeMemory()) >> 20);
            }
        }
    }
}
