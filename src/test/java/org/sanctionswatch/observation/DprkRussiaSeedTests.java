package org.sanctionswatch.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctionswatch.fact.EscalationLevel;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.rules.RulesHarness;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seeds of the DPRK-Russia theatre, read with the service's own reader and judged by the real rules and
 * parameters, reproduce the source's picture on the day after the analysis and two years on.
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

    @ParameterizedTest
    @ValueSource(strings = {"2024-10-31", "2026-11-27"})
    void reproduceTheSourcesPicture(String today) {
        try (RulesHarness rules = RulesHarness.withDefaults().today(LocalDate.parse(today))) {
            List<Finding> findings = rules.insert(seeds()).fire();

            assertThat(only(findings, "MIL-001")).extracting(Finding::subject, Finding::severity,
                    Finding::category).containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("PRK|RUS|Eastern Russia (Vladivostok area)|2024-10-23",
                                    "MEDIUM", Finding.ESCALATION),
                            org.assertj.core.groups.Tuple.tuple("PRK|RUS|Russia|2024-10-23", "HIGH",
                                    Finding.ESCALATION));
            assertThat(only(findings, "MIL-004")).singleElement().satisfies(f -> {
                assertThat(f.category()).isEqualTo(Finding.SANCTIONS_CONCERN);
                assertThat(f.provision()).startsWith("UN arms embargo on the DPRK");
                assertThat(f.explanation()).contains("8,000,000 rounds");
                assertThat(f.evidence()).containsExactly("seed-munitions-rounds");
            });
            assertThat(only(findings, "MIL-005")).singleElement().satisfies(f -> {
                assertThat(f.category()).isEqualTo(Finding.SANCTIONS_CONCERN);
                assertThat(f.provision()).startsWith("UN arms embargo on the DPRK");
                assertThat(f.evidence()).containsExactly("seed-munitions-ballistic-missiles");
            });
            assertThat(only(findings, "DIP-001")).extracting(Finding::evidence).containsExactlyInAnyOrder(
                    List.of("seed-diplo-treaty-2024"), List.of("seed-diplo-unga-es11-1"),
                    List.of("seed-diplo-unsc-veto-poe"), List.of("seed-diplo-msmt"));
            assertThat(only(findings, "DIP-001")).filteredOn(f -> f.title().contains("ES-11/1")).singleElement()
                    .extracting(Finding::category).isEqualTo(Finding.CONTEXT);

            List<EscalationLevel> levels = rules.facts(EscalationLevel.class);
            assertThat(levels).singleElement().satisfies(l -> {
                assertThat(l.theatre()).isEqualTo("DPRK-RUSSIA");
                assertThat(l.level()).isGreaterThanOrEqualTo(3);
                assertThat(l.contributions()).hasSize(8);
            });
            assertThat(only(findings, "ESC-001")).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("DPRK-RUSSIA|level-" + levels.get(0).level());
                assertThat(f.severity()).isEqualTo("HIGH");
                assertThat(f.explanation()).contains("from 8 finding(s)", "measured from 2024-10-23");
            });
            assertThat(findings).extracting(Finding::ruleId).doesNotContain("MIL-002", "MIL-003", "MIL-006");
        }
    }

    private static List<Finding> only(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
