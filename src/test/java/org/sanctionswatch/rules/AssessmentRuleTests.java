package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionswatch.rules.Facts.ANALYST;
import static org.sanctionswatch.rules.Facts.PRESS;
import static org.sanctionswatch.rules.Facts.RUMOUR;
import static org.sanctionswatch.rules.Facts.day;
import static org.sanctionswatch.rules.Facts.diplomatic;
import static org.sanctionswatch.rules.Facts.munitions;
import static org.sanctionswatch.rules.Facts.technology;
import static org.sanctionswatch.rules.Facts.troops;
import static org.sanctionswatch.rules.Facts.yearThen;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.fact.ClosedAlert;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.Source;
import org.sanctionswatch.fact.Theatre;
import org.sanctionswatch.fact.TheatreMeasure;
import org.sanctionswatch.fact.TroopDeployment;

/**
 * The two measures of a theatre on the real rules and default parameters: escalation weights MIL-001 3, MIL-005 3,
 * MIL-006 3, DIP-001 1, bands 1 / 4 / 8 / 16; sanctions weights TRADE-001 1, MIL-004 2, MIL-005 3, bands 1 / 3 / 6 /
 * 10; half-life 365 days from Today; saturation 0.5; stale after 90 days; corroboration grade C3.
 */
class AssessmentRuleTests {

    private static final Source WHITE_HOUSE = new Source("White House statement", null, "B", 2, null);
    private static final Source RELAYING = new Source("Think tank citing the White House", null, "B", 2, null,
            "White House statement");

    @Test
    void countsTwoReportsOfOneDeploymentAsOneFactWithTheirRange() {
        try (RulesHarness rules = RulesHarness.withDefaults().today(day("2024-10-23"))) {
            rules.insert(List.of(troops(ANALYST, "Eastern Russia", 3000, "UNKNOWN", day("2024-10-23")),
                    troops(PRESS, "Russia", 10_000, "UNKNOWN", day("2024-10-25"))));

            assertThat(rules.fired("MIL-001")).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("PRK|RUS|deployment|2024-10-23");
                assertThat(f.title()).startsWith("3,000–10,000 PRK personnel");
                assertThat(f.severity()).isEqualTo("MEDIUM"); // the best-graded report's 3,000
                assertThat(f.evidence()).hasSize(2);
                assertThat(f.origins()).isEqualTo(2);
            });
            TheatreMeasure escalation = rules.measure(Theatre.ESCALATION);
            assertThat(escalation.factCount()).isEqualTo(1);
            assertThat(escalation.score()).isEqualTo(3.0);
        }
    }

    @Test
    void keepsReportsMonthsApartAsTwoDeployments() {
        try (RulesHarness rules = RulesHarness.withDefaults().today(day("2025-03-01"))) {
            rules.insert(List.of(troops("Kursk", 3000, "UNKNOWN", day("2024-10-23")),
                    troops("Kursk", 3000, "UNKNOWN", day("2025-03-01"))));

            assertThat(rules.fired("MIL-001")).hasSize(2);
        }
    }

    @Test
    void aReportThatRelaysAnotherSourceIsNotIndependentOfIt() {
        try (RulesHarness rules = RulesHarness.withDefaults().today(day("2024-10-23"))) {
            rules.insert(List.of(troops(WHITE_HOUSE, "Russia", 3000, "UNKNOWN", day("2024-10-23")),
                    troops(RELAYING, "Russia", 3000, "UNKNOWN", day("2024-10-23"))));

            assertThat(rules.fired("MIL-001")).singleElement().satisfies(f -> {
                assertThat(f.origins()).isEqualTo(1);
                assertThat(f.confidence()).isEqualTo(ANALYST.weight(), org.assertj.core.data.Offset.offset(0.001));
            });
        }
    }

    @Test
    void saturatesRepeatedEvidenceOfOneIndicator() {
        try (RulesHarness rules = RulesHarness.withDefaults().today(day("2024-10-23"))) {
            rules.insert(List.of(technology("ICBM", day("2024-10-23")), technology("SPACE", day("2024-10-23")),
                    technology("AIR_DEFENCE", day("2024-10-23"))));

            // 3 + 1.5 + 0.75: three facts of one indicator never reach two indicators at full weight
            TheatreMeasure escalation = rules.measure(Theatre.ESCALATION);
            assertThat(escalation.score()).isEqualTo(5.25);
            assertThat(escalation.indicators()).singleElement().satisfies(i -> {
                assertThat(i.ruleId()).isEqualTo("MIL-006");
                assertThat(i.facts()).isEqualTo(3);
            });
            assertThat(escalation.facts()).extracting(TheatreMeasure.Counted::rank).containsExactly(0, 1, 2);
        }
    }

    @Test
    void agesWithTheCalendarAndTurnsStale() {
        List<org.sanctionswatch.fact.Observation> evidence = List.of(
                troops("Russia", 3000, "UNKNOWN", day("2024-10-23")),
                munitions("BALLISTIC_MISSILE", 20, "MISSILES", day("2024-10-23")));
        try (RulesHarness rules = RulesHarness.withDefaults().today(day("2024-10-23"))) {
            rules.insert(evidence);
            assertThat(rules.measure(Theatre.ESCALATION)).satisfies(m -> {
                assertThat(m.score()).isEqualTo(6.0);
                assertThat(m.level()).isEqualTo(2);
                assertThat(m.stale()).isFalse();
            });

            rules.today(day("2025-10-23"));
            assertThat(rules.measure(Theatre.ESCALATION)).satisfies(m -> {
                assertThat(m.score()).isEqualTo(3.0);
                assertThat(m.level()).isEqualTo(1);
                assertThat(m.peakLevel()).isEqualTo(2);
                assertThat(m.stale()).isTrue();
                assertThat(m.newestEvidence()).isEqualTo(day("2024-10-23"));
            });
            assertThat(rules.fired("ESC-001")).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("DPRK-RUSSIA|level-1");
                assertThat(f.title()).contains("decayed from 2", "stale: newest evidence 2024-10-23");
            });
        }
    }

    @Test
    void leavesTheLevelAlertAloneWhileOnlyTheScoreDecays() {
        try (RulesHarness rules = RulesHarness.withDefaults().today(day("2024-10-24"))) {
            rules.insert(List.of(troops("Russia", 3000, "UNKNOWN", day("2024-10-23"))));
            Finding before = rules.fired("ESC-001").get(0);

            rules.today(day("2024-11-20"));
            assertThat(rules.measure(Theatre.ESCALATION).score()).isLessThan(3.0);
            assertThat(rules.fired("ESC-001")).containsExactly(before);
        }
    }

    @Test
    void takesAThirdCountrysTradeInAWatchedInputIntoTheSanctionsMeasureOnly() {
        try (RulesHarness rules = RulesHarness.withDefaults().today(day("2024-01-01"))) {
            rules.insert(yearThen("2713", 200_000, 1_000_000));

            assertThat(rules.alerted("TRADE-001")).singleElement().satisfies(f -> {
                assertThat(f.theatre()).isEqualTo("DPRK-RUSSIA");
                assertThat(f.belongsTo()).contains("HS 2713 from CHN to PRK", "petroleum coke",
                        "may feed sanctions");
            });
            assertThat(rules.measure(Theatre.ESCALATION).factCount()).isZero();
            assertThat(rules.measure(Theatre.SANCTIONS)).satisfies(m -> {
                assertThat(m.factCount()).isEqualTo(1);
                assertThat(m.level()).isEqualTo(1);
            });
        }
    }

    @Test
    void leavesAThirdCountrysTradeTheDefinitionDoesNotNameOutOfTheTheatre() {
        try (RulesHarness rules = RulesHarness.withDefaults().today(day("2024-02-01"))) {
            rules.insert(yearThen("2710", 200_000, 1_000_000));

            assertThat(rules.alerted("TRADE-001")).singleElement().satisfies(f -> {
                assertThat(f.theatre()).isNull();
                assertThat(f.belongsTo()).isNull();
            });
            assertThat(rules.measure(Theatre.SANCTIONS).factCount()).isZero();
        }
    }

    @Test
    void placesOneFindingInEveryTheatreWhoseDefinitionTakesItIn() {
        Theatre china = new Theatre("DPRK-CHINA", "DPRK-China trade", List.of("PRK", "CHN"));
        try (RulesHarness rules = RulesHarness.with(p -> p.withTheatres(java.util.stream.Stream.concat(
                p.theatres().stream(), java.util.stream.Stream.of(china)).toList())).today(day("2024-01-01"))) {
            rules.insert(yearThen("2713", 200_000, 1_000_000));

            assertThat(rules.alerted("TRADE-001")).singleElement().satisfies(f -> {
                assertThat(f.theatre()).isEqualTo("DPRK-CHINA");
                assertThat(f.belongsTo()).contains("DPRK-CHINA: an event between its parties (CHN, PRK)",
                        "DPRK-RUSSIA: named in its definition");
            });
            assertThat(rules.facts(TheatreMeasure.class)).filteredOn(m -> m.factCount() > 0)
                    .extracting(TheatreMeasure::theatre, TheatreMeasure::measure).containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("DPRK-CHINA", Theatre.SANCTIONS),
                            org.assertj.core.groups.Tuple.tuple("DPRK-RUSSIA", Theatre.SANCTIONS));
        }
    }

    @Test
    void leavesEventsBetweenOtherCountriesOutWhateverTheyWereFiledUnder() {
        TroopDeployment elsewhere = new TroopDeployment("D-elsewhere", Facts.THEATRE, ANALYST, java.time.Instant.EPOCH,
                "BLR", "UKR", "Kyiv", 3000, "UNKNOWN", day("2024-10-23"), null);
        try (RulesHarness rules = RulesHarness.withDefaults().today(day("2024-10-23"))) {
            rules.insert(List.of(elsewhere));

            assertThat(rules.alerted("MIL-001")).singleElement().satisfies(f -> {
                assertThat(f.theatre()).isNull();
                assertThat(f.belongsTo()).isNull();
            });
            assertThat(rules.measure(Theatre.ESCALATION).factCount()).isZero();
        }
    }

    @Test
    void feedsNoMeasureWithContext() {
        try (RulesHarness rules = RulesHarness.withDefaults().today(day("2024-10-23"))) {
            rules.insert(List.of(diplomatic("MONITORING_BODY", day("2024-10-16"), "a monitoring team")));

            assertThat(rules.alerted("DIP-001")).singleElement().satisfies(f -> {
                assertThat(f.category()).isEqualTo(Finding.CONTEXT);
                assertThat(f.belongsTo()).contains("context: feeds no measure");
            });
            assertThat(rules.measure(Theatre.ESCALATION).factCount()).isZero();
            assertThat(rules.measure(Theatre.SANCTIONS).factCount()).isZero();
        }
    }

    @Test
    void letsWeakEvidenceWaitForAnIndependentSource() {
        Source otherRumour = new Source("Another social media post", null, "E", 5, null);
        try (RulesHarness rules = RulesHarness.withDefaults().today(day("2024-10-23"))) {
            rules.insert(List.of(technology(RUMOUR, "NUCLEAR_SUBMARINE", day("2024-10-23"))));

            assertThat(rules.alerted("MIL-006")).singleElement().satisfies(f -> {
                assertThat(f.corroborated()).isFalse();
                assertThat(f.severity()).isEqualTo("LOW");
                assertThat(f.explanation()).contains("Uncorroborated", "E5");
            });
            assertThat(rules.measure(Theatre.ESCALATION).factCount()).isZero();

            rules.insert(List.of(technology(otherRumour, "NUCLEAR_SUBMARINE", day("2024-10-23"))));
            assertThat(rules.alerted("MIL-006")).singleElement().satisfies(f -> {
                assertThat(f.corroborated()).isTrue();
                assertThat(f.severity()).isEqualTo("HIGH");
                assertThat(f.evidence()).hasSize(2);
            });
            assertThat(rules.measure(Theatre.ESCALATION).score()).isEqualTo(3.0);
        }
    }

    @Test
    void raisesOneMunitionsFindingPerCrossingOfTheThreshold() {
        try (RulesHarness rules = RulesHarness.withDefaults().today(day("2024-12-31"))) {
            rules.insert(List.of(munitions("ARTILLERY_SHELL", 600_000, "ROUNDS", day("2024-01-10")),
                    munitions("ARTILLERY_SHELL", 600_000, "ROUNDS", day("2024-03-10")),
                    munitions("ARTILLERY_SHELL", 600_000, "ROUNDS", day("2024-05-10")),
                    // the same shipment as the last, from another source: counted once
                    munitions(PRESS, "ARTILLERY_SHELL", 700_000, "ROUNDS", day("2024-05-12"))));

            assertThat(rules.fired("MIL-004")).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("PRK|RUS|ROUNDS|2024-03-10");
                assertThat(f.title()).startsWith("1,800,000 rounds").contains("up to 2024-05-10");
                assertThat(f.evidence()).hasSize(4);
            });
        }
    }

    @Test
    void leavesOutAFindingAPersonClosed() {
        try (RulesHarness rules = RulesHarness.withDefaults().today(day("2024-10-23"))) {
            rules.insert(List.of(troops("Russia", 3000, "UNKNOWN", day("2024-10-23")),
                    munitions("BALLISTIC_MISSILE", 20, "MISSILES", day("2024-10-23"))));
            String troopKey = rules.fired("MIL-001").get(0).dedupKey();

            rules.insertFacts(List.of(new ClosedAlert(troopKey, "DISMISSED")));
            assertThat(rules.measure(Theatre.ESCALATION).score()).isEqualTo(3.0);
        }
    }
}
