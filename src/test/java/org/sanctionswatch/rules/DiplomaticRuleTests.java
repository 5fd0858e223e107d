package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionswatch.rules.Facts.day;
import static org.sanctionswatch.rules.Facts.diplomatic;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.fact.Finding;

/** DIP-001 on the real rules: treaty, veto, vote and monitoring body are context; treaty and veto MEDIUM. */
class DiplomaticRuleTests {

    @Test
    void notesATreatyAsAMediumStepOfAlignment() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            List<Finding> findings = rules.insert(List.of(diplomatic("TREATY_SIGNED", day("2024-06-19"),
                    "Treaty on Comprehensive Strategic Partnership"))).fired("DIP-001");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.dedupKey())
                        .isEqualTo("DIP-001|TREATY_SIGNED|2024-06-19|Treaty on Comprehensive Strategic Partnership");
                assertThat(f.category()).isEqualTo(Finding.ESCALATION);
                assertThat(f.severity()).isEqualTo("MEDIUM");
                assertThat(f.explanation()).contains("TREATY_SIGNED, on 2024-06-19 involving PRK, RUS");
            });
        }
    }

    @Test
    void notesAVoteAsLowContext() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(List.of(diplomatic("UNGA_VOTE", day("2022-03-02"), "A/RES/ES-11/1")))
                    .fired("DIP-001")).singleElement().extracting(Finding::severity).isEqualTo("LOW");
        }
    }

    @Test
    void makesOneAlertOfOneStepReportedByTwoSources() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            List<Finding> findings = rules.insert(List.of(
                    diplomatic("UNSC_VETO", day("2024-03-28"), "S/2024/255"),
                    diplomatic(Facts.PRESS, "UNSC_VETO", day("2024-03-28"), "S/2024/255"))).fired("DIP-001");

            assertThat(findings).extracting(Finding::dedupKey).containsOnly("DIP-001|UNSC_VETO|2024-03-28|S/2024/255");
        }
    }

    @Test
    void doesNotNoteAnUnlistedKindOfStep() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(List.of(diplomatic("STATE_VISIT", day("2024-06-19"), "Putin in Pyongyang")))
                    .fired("DIP-001")).isEmpty();
        }
    }
}
