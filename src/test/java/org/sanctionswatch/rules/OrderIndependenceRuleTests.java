package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionswatch.rules.Facts.annual;
import static org.sanctionswatch.rules.Facts.day;
import static org.sanctionswatch.rules.Facts.diplomatic;
import static org.sanctionswatch.rules.Facts.listed;
import static org.sanctionswatch.rules.Facts.monthly;
import static org.sanctionswatch.rules.Facts.munitions;
import static org.sanctionswatch.rules.Facts.portCall;
import static org.sanctionswatch.rules.Facts.rail;
import static org.sanctionswatch.rules.Facts.technology;
import static org.sanctionswatch.rules.Facts.troops;
import static org.sanctionswatch.rules.Facts.yearThen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.Today;
import org.sanctionswatch.fact.TradeFlow;

/**
 * The same facts, inserted in shuffled orders into fresh sessions, in one batch or in several with firing between,
 * end in the same findings: windows, baselines and "first" or "latest" are judged on event time, never on arrival.
 */
class OrderIndependenceRuleTests {

    static final List<Object> FACTS = facts();
    static final Set<Finding> IN_ORDER = judge(FACTS, 1);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void givesTheSameFindingsInAnyOrderInOneBatch(long seed) {
        List<Object> shuffled = new ArrayList<>(FACTS);
        Collections.shuffle(shuffled, new Random(seed));

        Set<Finding> findings = judge(shuffled, 1);
        assertThat(keys(findings)).isEqualTo(keys(IN_ORDER));
        assertThat(findings).isEqualTo(IN_ORDER);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void givesTheSameFindingsInAnyOrderInSeveralBatches(long seed) {
        List<Object> shuffled = new ArrayList<>(FACTS);
        Random random = new Random(seed);
        Collections.shuffle(shuffled, random);

        Set<Finding> findings = judge(shuffled, 2 + random.nextInt(6));
        assertThat(keys(findings)).isEqualTo(keys(IN_ORDER));
        assertThat(findings).isEqualTo(IN_ORDER);
    }

    @Test
    void theFixtureExercisesEveryRule() {
        Set<String> ruleIds = IN_ORDER.stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
        assertThat(ruleIds).containsExactly("DIP-001", "ESC-001", "LOG-001", "LOG-002", "MIL-001", "MIL-002", "MIL-003",
                        "MIL-004", "MIL-005", "MIL-006", "SAN-001", "TRADE-001", "TRADE-002", "TRADE-003",
                        "TRADE-004", "TRADE-005");
    }

    /** Inserts the facts in {@code batches} consecutive slices, firing after each, and returns the findings. */
    static Set<Finding> judge(List<Object> facts, int batches) {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            int size = (facts.size() + batches - 1) / batches;
            for (int from = 0; from < facts.size(); from += size) {
                List<Object> slice = facts.subList(from, Math.min(facts.size(), from + size));
                rules.insertFacts(slice.stream().filter(o -> !(o instanceof Observation)).toList());
                rules.insert(slice.stream().filter(Observation.class::isInstance).map(Observation.class::cast)
                        .toList());
                rules.fire();
            }
            return Set.copyOf(rules.fire());
        }
    }

    private static Set<String> keys(Set<Finding> findings) {
        return findings.stream().map(Finding::dedupKey).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        facts.add(new Today(day("2024-12-31")));
        // TRADE-001: HS 2713 from CHN at 3× its trailing mean in 2024-01
        facts.addAll(yearThen("2713", 300_000, 900_000));
        // TRADE-002: RUS exports of HS 2713 up 8× while the pair's total grew 1.2×
        facts.add(monthly("RUS", "PRK", "EXPORT", "2713", 2023, 6, 150_000));
        facts.add(monthly("RUS", "PRK", "EXPORT", "2713", 2024, 6, 1_200_000));
        facts.add(monthly("RUS", "PRK", "EXPORT", TradeFlow.TOTAL, 2023, 6, 120_000_000));
        facts.add(monthly("RUS", "PRK", "EXPORT", TradeFlow.TOTAL, 2024, 6, 144_000_000));
        // TRADE-003: 2024 at 72 % of 2019
        facts.add(annual("CHN", "PRK", "EXPORT", TradeFlow.TOTAL, 2019, 1_000_000_000));
        facts.add(annual("CHN", "PRK", "EXPORT", TradeFlow.TOTAL, 2024, 720_000_000));
        // TRADE-004: CHN publishes 2023-01 .. 2024-03, RUS up to 2024-09
        for (int i = 0; i < 21; i++) {
            int year = 2023 + i / 12;
            int month = i % 12 + 1;
            if (i < 15) {
                facts.add(monthly("CHN", "PRK", "EXPORT", TradeFlow.TOTAL, year, month, 100_000_000));
            }
            facts.add(monthly("RUS", "PRK", "IMPORT", TradeFlow.TOTAL, year, month, 50_000_000));
        }
        // TRADE-005: RUS exports of HS 2710 2.5× what PRK reports importing
        facts.add(monthly("RUS", "PRK", "EXPORT", "2710", 2024, 7, 1_000_000));
        facts.add(monthly("PRK", "RUS", "IMPORT", "2710", 2024, 7, 400_000));
        // LOG-001: ten days alternating 20 and 30 railcars, then 45 and, dated before it, 60
        for (int d = 1; d <= 10; d++) {
            facts.add(rail("Tumangang-Khasan", LocalDate.of(2024, 8, d), d % 2 == 0 ? 30 : 20));
        }
        facts.add(rail("Tumangang-Khasan", day("2024-08-20"), 45));
        facts.add(rail("Tumangang-Khasan", day("2024-08-15"), 60));
        // LOG-002: a listed vessel at a watched port, and an unlisted one
        facts.add(listed("OFAC_SDN", "37095", "LADY R", "9161003"));
        facts.add(portCall("Lady R", "9161003", "Vostochny", day("2024-10-01")));
        facts.add(portCall("Sparta IV", "9743033", "Vostochny", day("2024-10-02")));
        // MIL-001 to MIL-003: technical in the east, then combat and at the front
        facts.add(troops("Eastern Russia (Vladivostok area)", 3000, "TECHNICAL", day("2024-10-23")));
        facts.add(troops("Russia", 10_000, "UNKNOWN", day("2024-10-25")));
        facts.add(troops("Kursk oblast", 11_000, "COMBAT", day("2024-11-05")));
        facts.add(troops("Kursk oblast", 12_000, "COMBAT", day("2024-12-01")));
        // MIL-004 and MIL-005: rounds over the window, and ballistic missiles
        facts.add(munitions("ARTILLERY_SHELL", 600_000, "ROUNDS", day("2024-02-01")));
        facts.add(munitions("ARTILLERY_SHELL", 500_000, "ROUNDS", day("2024-09-01")));
        facts.add(munitions("ARTILLERY_SHELL", 500_000, "ROUNDS", day("2023-01-01")));
        facts.add(munitions("BALLISTIC_MISSILE", 20, "MISSILES", day("2024-10-23")));
        // MIL-006 and DIP-001
        facts.add(technology("SPACE", day("2024-11-20")));
        facts.add(technology("AGRICULTURE", day("2024-11-21")));
        facts.add(diplomatic("TREATY_SIGNED", day("2024-06-19"), "Treaty on Comprehensive Strategic Partnership"));
        facts.add(diplomatic("UNGA_VOTE", day("2022-03-02"), "A/RES/ES-11/1"));
        return List.copyOf(facts);
    }
}
