package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionswatch.rules.Facts.THEATRE;
import static org.sanctionswatch.rules.Facts.day;
import static org.sanctionswatch.rules.Facts.diplomatic;
import static org.sanctionswatch.rules.Facts.munitions;
import static org.sanctionswatch.rules.Facts.troops;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.fact.Contribution;
import org.sanctionswatch.fact.EscalationLevel;
import org.sanctionswatch.fact.Finding;

/**
 * ESC-001 on the real rules and default parameters: weights MIL-001 3, MIL-005 3, DIP-001 1, default 1; half-life
 * 365 days from the theatre's newest event; bands 1 / 4 / 8 / 16.
 */
class EscalationRuleTests {

    @Test
    void scoresAFindingAtTheWeightOfItsRule() {
        try (RulesHarness rules = RulesHarness.withDefaults().today(day("2024-10-31"))) {
            rules.insert(List.of(troops("Russia", 3000, "UNKNOWN", day("2024-10-23"))));

            assertThat(rules.fired("ESC-001")).singleElement().satisfies(f -> {
                assertThat(f.dedupKey()).isEqualTo("ESC-001|DPRK-RUSSIA|level-1");
                assertThat(f.category()).isEqualTo(Finding.ESCALATION);
                assertThat(f.severity()).isEqualTo("LOW");
                assertThat(f.eventDate()).isEqualTo(day("2024-10-23"));
                assertThat(f.evidence()).hasSize(1);
                assertThat(f.explanation()).contains("Score 3 from 1 finding(s)", "bands 1 / 4 / 8 / 16",
                        "level 1", "MIL-001|PRK|RUS|Russia|2024-10-23 3 × 1.00 (0 days old) = 3.00");
            });
            assertThat(level(rules)).satisfies(l -> {
                assertThat(l.level()).isEqualTo(1);
                assertThat(l.score()).isEqualTo(3.0);
                assertThat(l.contributions()).extracting(Contribution::ruleId).containsExactly("MIL-001");
            });
        }
    }

    @Test
    void halvesAFindingAYearOlderThanTheNewestEventOfTheTheatre() {
        try (RulesHarness rules = RulesHarness.withDefaults().today(day("2024-10-31"))) {
            rules.insert(List.of(
                    diplomatic("TREATY_SIGNED", day("2023-10-23"), "a treaty"),
                    troops("Russia", 3000, "UNKNOWN", day("2024-10-22"))));

            EscalationLevel level = level(rules);
            assertThat(level.clock()).isEqualTo(day("2024-10-22"));
            assertThat(level.score()).isEqualTo(3.5);
            assertThat(level.contributions()).extracting(Contribution::ruleId, Contribution::ageDays,
                    Contribution::decayedWeight).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("MIL-001", 0L, 3.0),
                            org.assertj.core.groups.Tuple.tuple("DIP-001", 365L, 0.5));
            // 3.5 is below the second band (4): still level 1
            assertThat(level.level()).isEqualTo(1);
        }
    }

    @Test
    void keepsTheLevelOfTheLatestPictureWhileNoNewDataArrives() {
        for (String today : List.of("2024-10-23", "2025-10-23", "2030-01-01")) {
            try (RulesHarness rules = RulesHarness.withDefaults().today(day(today))) {
                rules.insert(List.of(
                        troops("Russia", 10_000, "UNKNOWN", day("2024-10-23")),
                        munitions("BALLISTIC_MISSILE", 20, "MISSILES", day("2024-10-23"))));

                assertThat(rules.fired("ESC-001")).extracting(Finding::subject).containsExactly("DPRK-RUSSIA|level-2");
            }
        }
    }

    @Test
    void goesDownAsNewerEventsAgeTheOlderFindings() {
        try (RulesHarness rules = RulesHarness.withDefaults().today(day("2024-10-31"))) {
            rules.insert(List.of(
                    troops("Russia", 10_000, "UNKNOWN", day("2022-10-23")),
                    munitions("BALLISTIC_MISSILE", 20, "MISSILES", day("2022-10-23"))));
            assertThat(rules.fired("ESC-001")).extracting(Finding::subject).containsExactly("DPRK-RUSSIA|level-2");

            // two years later the two findings weigh a quarter each: 6 × 0.25 + 1 = 2.5
            rules.insert(List.of(diplomatic("UNGA_VOTE", day("2024-10-23"), "a vote")));
            assertThat(rules.fired("ESC-001")).extracting(Finding::subject).containsExactly("DPRK-RUSSIA|level-1");
            assertThat(level(rules).score()).isEqualTo(2.5);
        }
    }

    @Test
    void raisesAnotherFindingWhenTheLevelRises() {
        try (RulesHarness rules = RulesHarness.withDefaults().today(day("2024-10-31"))) {
            rules.insert(List.of(troops("Russia", 3000, "UNKNOWN", day("2024-10-23"))));
            assertThat(rules.fired("ESC-001")).extracting(Finding::subject).containsExactly("DPRK-RUSSIA|level-1");

            rules.insert(List.of(munitions("BALLISTIC_MISSILE", 20, "MISSILES", day("2024-10-23"))));
            assertThat(rules.fired("ESC-001")).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("DPRK-RUSSIA|level-2");
                assertThat(f.severity()).isEqualTo("MEDIUM");
            });
        }
    }

    @Test
    void ignoresFindingsDatedAfterToday() {
        try (RulesHarness rules = RulesHarness.withDefaults().today(day("2024-10-31"))) {
            rules.insert(List.of(
                    troops("Russia", 3000, "UNKNOWN", day("2024-10-23")),
                    troops("Russia", 3000, "UNKNOWN", day("2042-10-23"))));

            EscalationLevel level = level(rules);
            assertThat(level.clock()).isEqualTo(day("2024-10-23"));
            assertThat(level.score()).isEqualTo(3.0);
        }
    }

    @Test
    void weighsARuleWithoutAWeightOfItsOwnByTheDefault() {
        Finding unweighted = new Finding("NEW-001", "NEW-001|x", Finding.CONTEXT, "LOW", THEATRE, "x", "t", "e",
                List.of("o1"), 0.5, day("2024-10-23"), null);
        try (RulesHarness rules = RulesHarness.withDefaults().today(day("2024-10-31"))) {
            rules.insertFacts(List.of(unweighted));

            assertThat(level(rules).contributions()).singleElement()
                    .extracting(Contribution::weight).isEqualTo(1.0);
        }
    }

    @Test
    void staysAtLevelZeroWithoutFindingsAndRaisesNothing() {
        try (RulesHarness rules = RulesHarness.withDefaults().today(day("2024-10-31"))) {
            rules.insert(List.of(troops("Russia", 999, "UNKNOWN", day("2024-10-23"))));

            assertThat(rules.fired("ESC-001")).isEmpty();
            assertThat(level(rules)).satisfies(l -> {
                assertThat(l.level()).isZero();
                assertThat(l.contributions()).isEmpty();
            });
        }
    }

    private static EscalationLevel level(RulesHarness rules) {
        List<EscalationLevel> levels = rules.facts(EscalationLevel.class);
        assertThat(levels).extracting(EscalationLevel::theatre).containsExactly(THEATRE);
        return levels.get(0);
    }
}
