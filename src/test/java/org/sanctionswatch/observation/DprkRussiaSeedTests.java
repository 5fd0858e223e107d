package org.sanctionswatch.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.fact.TheatreMeasure;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.Theatre;
import org.sanctionswatch.rules.RulesHarness;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seeds of the DPRK-Russia theatre, read with the service's own reader and judged by the real rules and
 * parameters, reproduce the source's picture the week after the analysis, and age with the calendar after it.
 */
class DprkRussiaSeedTests {

    private static List<Observation> seeds() {
        JsonNode items = JsonMapper.builder().build().readTree(Path.of("seeds/dprk-russia.json").toFile());
        ObservationReader reader = new ObservationReader(Set.of("DPRK-RUSSIA"));
        List<String> problems = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        for (JsonNode item : items) {
            observations.add(reader.read(item, (field, value, reason) -> problems.add(field + ": " + reason)));
        }
        assertThat(problems).isEmpty();
        return observations;
    }

    /**
     * The worked sum of the README, judged as of 2024-11-01: one troop fact from two reports (3 × 0.983), the
     * munitions (2 × 0.983), the missiles (3 × 0.983) and three steps of alignment saturating (0.774 + 0.661 / 2 +
     * 0.157 / 4): 9.01, level 3. The monitoring team is context and counts in neither measure.
     */
    @Test
    void giveLevelThreeTheDayAfterTheAnalysis() {
        try (RulesHarness rules = RulesHarness.withDefaults().today(LocalDate.parse("2024-11-01"))) {
            List<Finding> findings = rules.insert(seeds()).fire();

            assertThat(only(findings, "MIL-001")).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("PRK|RUS|deployment|2024-10-23");
                assertThat(f.title()).startsWith("3,000–10,000 PRK personnel");
                assertThat(f.evidence()).containsExactly("seed-troops-10000", "seed-troops-3000");
                assertThat(f.origins()).isEqualTo(2);
            });
            assertThat(only(findings, "MIL-004")).singleElement().satisfies(f -> {
                assertThat(f.category()).isEqualTo(Finding.SANCTIONS_CONCERN);
                assertThat(f.provision()).startsWith("UNSCR 1718 (2006) para 8(a)-(b)").contains("UNSCR 1874 (2009)");
                assertThat(f.explanation()).contains("8,000,000 rounds");
                assertThat(f.evidence()).containsExactly("seed-munitions-rounds");
            });
            assertThat(only(findings, "MIL-005")).singleElement().satisfies(f -> {
                assertThat(f.provision()).startsWith("UNSCR 1718 (2006) para 8(a)-(b)");
                assertThat(f.evidence()).containsExactly("seed-munitions-ballistic-missiles");
            });
            assertThat(only(findings, "DIP-001")).extracting(f -> f.evidence().get(0), Finding::category)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("seed-diplo-treaty-2024", Finding.ESCALATION),
                            org.assertj.core.groups.Tuple.tuple("seed-diplo-unga-es11-1", Finding.ESCALATION),
                            org.assertj.core.groups.Tuple.tuple("seed-diplo-unsc-veto-poe", Finding.ESCALATION),
                            org.assertj.core.groups.Tuple.tuple("seed-diplo-msmt", Finding.CONTEXT));

            TheatreMeasure escalation = rules.measure(Theatre.ESCALATION);
            assertThat(escalation.level()).isEqualTo(3);
            assertThat(escalation.score()).isEqualTo(9.01);
            assertThat(escalation.stale()).isFalse();
            assertThat(escalation.indicators()).extracting(TheatreMeasure.Indicator::ruleId,
                    TheatreMeasure.Indicator::facts, TheatreMeasure.Indicator::score).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("DIP-001", 3, 1.14),
                            org.assertj.core.groups.Tuple.tuple("MIL-001", 1, 2.95),
                            org.assertj.core.groups.Tuple.tuple("MIL-004", 1, 1.97),
                            org.assertj.core.groups.Tuple.tuple("MIL-005", 1, 2.95));
            TheatreMeasure sanctions = rules.measure(Theatre.SANCTIONS);
            assertThat(sanctions.level()).isEqualTo(2);
            assertThat(sanctions.score()).isEqualTo(4.92);
            assertThat(only(findings, "ESC-001")).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("DPRK-RUSSIA|level-3");
                assertThat(f.severity()).isEqualTo("HIGH");
                assertThat(f.explanation()).contains("on 6 fact(s) in 4 indicator(s)", "Newest evidence 2024-10-23.");
            });
            assertThat(findings).extracting(Finding::ruleId).doesNotContain("MIL-002", "MIL-003", "MIL-006");
        }
    }

    /** The same picture two years on: decayed by the calendar to level 1 and marked stale. */
    @Test
    void decayToLevelOneAndTurnStaleTwoYearsOn() {
        try (RulesHarness rules = RulesHarness.withDefaults().today(LocalDate.parse("2026-12-01"))) {
            List<Finding> findings = rules.insert(seeds()).fire();

            TheatreMeasure escalation = rules.measure(Theatre.ESCALATION);
            assertThat(escalation.level()).isEqualTo(1);
            assertThat(escalation.score()).isEqualTo(2.13);
            assertThat(escalation.peakLevel()).isEqualTo(3);
            assertThat(escalation.stale()).isTrue();
            assertThat(escalation.newestEvidence()).isEqualTo(LocalDate.parse("2024-10-23"));
            assertThat(only(findings, "ESC-001")).singleElement().extracting(Finding::title).isEqualTo(
                    "DPRK-RUSSIA escalation level 1 of 4 (watch), decayed from 3, stale: newest evidence 2024-10-23");
            assertThat(rules.measure(Theatre.SANCTIONS)).satisfies(m -> {
                assertThat(m.level()).isEqualTo(1);
                assertThat(m.stale()).isTrue();
            });
        }
    }

    private static List<Finding> only(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
