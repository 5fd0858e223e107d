package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionswatch.rules.Facts.PRESS;
import static org.sanctionswatch.rules.Facts.day;
import static org.sanctionswatch.rules.Facts.munitions;
import static org.sanctionswatch.rules.Facts.technology;
import static org.sanctionswatch.rules.Facts.troops;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.fact.Finding;

/**
 * MIL-001 to MIL-006 on the real rules and default parameters: personnel 1,000 warn and 10,000 critical; role and
 * front changes; munitions over 365 days against 1,000,000 rounds or 1,000 containers; ballistic missiles; watched
 * technology domains.
 */
class MilitaryRuleTests {

    // MIL-001

    @Test
    void flagsADeploymentOverTheWarningThresholdAsMedium() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            List<Finding> findings = rules.insert(List.of(
                    troops("Eastern Russia", 3000, "UNKNOWN", day("2024-10-23")))).fired("MIL-001");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.dedupKey()).isEqualTo("MIL-001|PRK|RUS|deployment|2024-10-23");
                assertThat(f.category()).isEqualTo(Finding.ESCALATION);
                assertThat(f.severity()).isEqualTo("MEDIUM");
                assertThat(f.explanation()).contains("one deployment of PRK personnel in RUS",
                        "3,000 at Eastern Russia", "warning threshold of 1,000", "critical at 10,000", "role UNKNOWN");
            });
        }
    }

    @Test
    void flagsADeploymentAtTheCriticalThresholdAsHigh() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            List<Finding> findings = rules.insert(List.of(
                    troops("Russia", 10_000, "UNKNOWN", day("2024-10-23")))).fired("MIL-001");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo("HIGH");
                assertThat(f.explanation()).contains("figure, 10,000, is at or above the critical threshold of 10,000");
            });
        }
    }

    @Test
    void doesNotFlagADeploymentBelowTheWarningThreshold() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(List.of(troops("Russia", 999, "UNKNOWN", day("2024-10-23"))))
                    .fired("MIL-001")).isEmpty();
        }
    }

    @Test
    void ignoresReportsBelowTheMinimumGrade() {
        try (RulesHarness rules = RulesHarness.with(p -> p.withText("MIL-001.minGrade", "B2"))) {
            assertThat(rules.insert(List.of(troops(PRESS, "Russia", 10_000, "UNKNOWN", day("2024-10-23"))))
                    .fired("MIL-001")).isEmpty();
        }
        try (RulesHarness rules = RulesHarness.with(p -> p.withText("MIL-001.minGrade", "C3"))) {
            assertThat(rules.insert(List.of(troops(PRESS, "Russia", 10_000, "UNKNOWN", day("2024-10-23"))))
                    .fired("MIL-001")).hasSize(1);
        }
    }

    // MIL-002

    @Test
    void flagsACombatRoleReportedAfterATechnicalOne() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            List<Finding> findings = rules.insert(List.of(
                    troops("Vladivostok", 3000, "TECHNICAL", day("2024-10-10")),
                    troops("Kursk", 8000, "COMBAT", day("2024-11-05")),
                    troops("Kursk", 11_000, "COMBAT", day("2024-12-01")))).fired("MIL-002");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.dedupKey()).isEqualTo("MIL-002|PRK|RUS|TECHNICAL>COMBAT|2024-11-05");
                assertThat(f.severity()).isEqualTo("HIGH");
                assertThat(f.evidence()).hasSize(2);
                assertThat(f.explanation()).contains("TECHNICAL role 1 time(s) from 2024-10-10",
                        "3,000 personnel at Vladivostok", "COMBAT role (8,000 personnel at Kursk)");
            });
        }
    }

    @Test
    void doesNotFlagACombatRoleWithoutAnEarlierTechnicalOne() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(List.of(
                    troops("Kursk", 8000, "COMBAT", day("2024-11-05")),
                    troops("Vladivostok", 3000, "TECHNICAL", day("2024-11-10")),
                    troops("Vladivostok", 3000, "UNKNOWN", day("2024-10-10")))).fired("MIL-002")).isEmpty();
        }
    }

    // MIL-003

    @Test
    void flagsTroopsReportedAtTheFrontAfterReportsElsewhere() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            List<Finding> findings = rules.insert(List.of(
                    troops("Eastern Russia (Vladivostok area)", 3000, "UNKNOWN", day("2024-10-23")),
                    troops("Kursk oblast", 10_000, "UNKNOWN", day("2024-11-04")))).fired("MIL-003");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.dedupKey()).isEqualTo("MIL-003|PRK|RUS|FRONT|2024-11-04");
                assertThat(f.title()).contains("at the front (Kursk)");
                assertThat(f.evidence()).hasSize(2);
                assertThat(f.explanation()).contains("away from the front 1 time(s) from 2024-10-23",
                        "Eastern Russia (Vladivostok area)", "10,000 at Kursk oblast", "names \"Kursk\"");
            });
        }
    }

    @Test
    void doesNotFlagTroopsFirstReportedAtTheFrontOrNeverThere() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(List.of(
                    troops("Kursk", 3000, "UNKNOWN", day("2024-10-23")),
                    troops("Vladivostok", 3000, "UNKNOWN", day("2024-10-30")),
                    troops("Kurskaya street depot, Vladivostok", 100, "UNKNOWN", day("2024-10-31"))))
                    .fired("MIL-003")).isEmpty();
        }
    }

    // MIL-004

    @Test
    void flagsRoundsSummedOverTheWindowAtTheThresholdWithTheProvision() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            List<Finding> findings = rules.insert(List.of(
                    munitions("ARTILLERY_SHELL", 600_000, "ROUNDS", day("2023-09-15")),
                    munitions("ROCKET", 400_000, "ROUNDS", day("2024-09-01")))).fired("MIL-004");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.dedupKey()).isEqualTo("MIL-004|PRK|RUS|ROUNDS|2024-09-01");
                assertThat(f.category()).isEqualTo(Finding.SANCTIONS_CONCERN);
                assertThat(f.provision()).startsWith("UNSCR 1718 (2006) para 8(a)-(b): States prevent the supply of arms");
                assertThat(f.evidence()).hasSize(2);
                assertThat(f.explanation()).contains("1,000,000 rounds", "365 days up to 2024-09-01",
                        "600,000 artillery shell on 2023-09-15", "threshold of 1,000,000 rounds");
            });
        }
    }

    @Test
    void doesNotSumAWindowNoLongerHeldWhole() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            rules.insert(List.of(munitions("ARTILLERY_SHELL", 600_000, "ROUNDS", day("2023-09-15")),
                    munitions("ROCKET", 400_000, "ROUNDS", day("2024-09-01"))));
            assertThat(rules.horizon("MUNITIONS_TRANSFER", day("2023-09-03")).fired("MIL-004"))
                    .as("the 365 days up to 2024-09-01 start on 2023-09-03").hasSize(1);
            assertThat(rules.horizon("MUNITIONS_TRANSFER", day("2023-09-04")).fired("MIL-004")).isEmpty();
        }
    }

    @Test
    void doesNotSumTransfersOutsideTheWindowOrOfAnotherUnit() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(List.of(
                    munitions("ARTILLERY_SHELL", 600_000, "ROUNDS", day("2023-09-01")),
                    munitions("ARTILLERY_SHELL", 600_000, "CONTAINERS", day("2024-08-01")),
                    munitions("ROCKET", 400_000, "ROUNDS", day("2024-09-01")))).fired("MIL-004"))
                    .extracting(Finding::subject).containsExactly("PRK|RUS|CONTAINERS|2024-08-01");
        }
    }

    @Test
    void doesNotFlagContainersBelowTheirThreshold() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(List.of(munitions("MIXED", 999, "CONTAINERS", day("2024-08-01"))))
                    .fired("MIL-004")).isEmpty();
        }
    }

    // MIL-005

    @Test
    void flagsAnyBallisticMissileTransferWithTheProvision() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            List<Finding> findings = rules.insert(List.of(
                    munitions("BALLISTIC_MISSILE", 1, "MISSILES", day("2024-01-02")))).fired("MIL-005");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.dedupKey()).isEqualTo("MIL-005|PRK|RUS|BALLISTIC_MISSILE|2024-01-02");
                assertThat(f.severity()).isEqualTo("HIGH");
                assertThat(f.provision()).contains("UNSCR 1718 (2006) para 8");
                assertThat(f.explanation()).contains("1 missiles (ballistic missiles)", "PRK to RUS");
            });
        }
    }

    @Test
    void doesNotFlagOtherMunitionsAsBallisticMissiles() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(List.of(munitions("ROCKET", 500, "ROUNDS", day("2024-01-02"))))
                    .fired("MIL-005")).isEmpty();
        }
    }

    // MIL-006

    @Test
    void flagsTechnologyTransferInAWatchedDomain() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            List<Finding> findings = rules.insert(List.of(technology("NUCLEAR_SUBMARINE", day("2025-03-01"))))
                    .fired("MIL-006");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.dedupKey()).isEqualTo("MIL-006|RUS|PRK|NUCLEAR_SUBMARINE|2025-03-01");
                assertThat(f.category()).isEqualTo(Finding.ESCALATION);
                assertThat(f.provision()).startsWith("UNSCR 1718 (2006) para 8(a)(ii) and 8(c)").contains("Article I");
                assertThat(f.explanation()).contains("nuclear submarine technology from RUS to PRK",
                        "watched domain (ICBM, NUCLEAR_SUBMARINE, SPACE, AIR_DEFENCE)");
            });
        }
    }

    @Test
    void doesNotFlagTechnologyOutsideTheWatchedDomains() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(List.of(technology("AGRICULTURE", day("2025-03-01")))).fired("MIL-006"))
                    .isEmpty();
        }
        try (RulesHarness rules = RulesHarness.with(p -> p.withText("MIL-006.watchedDomains", "ICBM"))) {
            assertThat(rules.insert(List.of(technology("SPACE", day("2025-03-01")))).fired("MIL-006")).isEmpty();
        }
    }
}
