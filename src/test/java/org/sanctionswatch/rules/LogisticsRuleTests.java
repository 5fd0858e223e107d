package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionswatch.rules.Facts.day;
import static org.sanctionswatch.rules.Facts.listed;
import static org.sanctionswatch.rules.Facts.portCall;
import static org.sanctionswatch.rules.Facts.rail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.ListedVessel;
import org.sanctionswatch.fact.RailTraffic;

/**
 * LOG-001 (rail counts above the crossing's maximum, or at 2× the mean of the previous 30 days, after 5 earlier
 * counts) and LOG-002 (a listed vessel at a watched port) on the real rules and default parameters.
 */
class LogisticsRuleTests {

    private static final String CROSSING = "Tumangang-Khasan";
    private static final ListedVessel LADY_R = listed("OFAC_SDN", "37095", "LADY R", "9161003");

    // LOG-001

    @Test
    void flagsACountAboveTheCrossingsHistoricalMaximum() {
        List<RailTraffic> counts = new ArrayList<>(tenDays(20, 30));
        counts.add(rail(CROSSING, day("2024-08-11"), 45));
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            List<Finding> findings = rules.insert(counts).fired("LOG-001");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.dedupKey()).isEqualTo("LOG-001|Tumangang-Khasan|RUS>PRK|2024-08-11");
                assertThat(f.category()).isEqualTo(Finding.ESCALATION);
                assertThat(f.evidence()).hasSize(11);
                assertThat(f.explanation()).contains("45 railcars", "10 earlier counts", "peaked at 30",
                        "above that historical maximum", "average 25");
            });
        }
    }

    @Test
    void flagsACountAtTwiceTheTrailingMeanBelowAnOldMaximum() {
        List<RailTraffic> counts = new ArrayList<>(tenDays(20, 20));
        counts.add(rail(CROSSING, day("2024-05-01"), 100)); // an old peak, outside the 30-day window
        counts.add(rail(CROSSING, day("2024-08-11"), 40));
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            List<Finding> findings = rules.insert(counts).fired("LOG-001");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.explanation()).contains("peaked at 100", "10 counts of the previous 30 days average 20",
                        "2.00× that mean");
                assertThat(f.evidence()).hasSize(11);
            });
        }
    }

    @Test
    void doesNotFlagACountAtTheMaximumAndBelowTwiceTheMean() {
        List<RailTraffic> counts = new ArrayList<>(tenDays(20, 30));
        counts.add(rail(CROSSING, day("2024-08-11"), 30));
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(counts).fired("LOG-001")).isEmpty();
        }
    }

    @Test
    void needsFiveEarlierCountsOfTheCrossing() {
        List<RailTraffic> counts = new ArrayList<>(tenDays(20, 30).subList(6, 10));
        counts.add(rail(CROSSING, day("2024-08-11"), 300));
        counts.add(rail("Another crossing", day("2024-08-01"), 10));
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(counts).fired("LOG-001")).isEmpty();
        }
    }

    @Test
    void judgesAnEarlierCountThatArrivesLateOnItsOwnDate() {
        // The surge day arrives first and a late report of an even larger count dated before it arrives after:
        // the surge day is then no longer above the maximum, and the late count is judged on its own history.
        List<RailTraffic> counts = new ArrayList<>(tenDays(20, 30));
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            rules.insert(counts).insert(List.of(rail(CROSSING, day("2024-08-20"), 45)));
            assertThat(rules.fired("LOG-001")).extracting(Finding::subject)
                    .containsExactly("Tumangang-Khasan|RUS>PRK|2024-08-20");

            rules.insert(List.of(rail(CROSSING, day("2024-08-15"), 60)));
            assertThat(rules.fired("LOG-001")).extracting(Finding::subject)
                    .containsExactly("Tumangang-Khasan|RUS>PRK|2024-08-15");
        }
    }

    @Test
    void keepsTheMaximumOfCountsThatHaveLeftTheSession() {
        RailTraffic oldPeak = rail(CROSSING, day("2024-05-01"), 100);
        List<RailTraffic> counts = new ArrayList<>(tenDays(20, 20));
        counts.add(oldPeak);
        counts.add(rail(CROSSING, day("2024-08-11"), 35));
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(counts).fired("LOG-001")).as("below the peak and twice the mean").isEmpty();

            rules.expire(List.of(oldPeak)).horizon("RAIL_TRAFFIC", day("2024-07-01"));
            assertThat(rules.fired("LOG-001")).as("the peak left the session, not the history").isEmpty();

            rules.insert(List.of(rail(CROSSING, day("2024-08-12"), 120)));
            assertThat(rules.fired("LOG-001")).singleElement().satisfies(f -> assertThat(f.explanation())
                    .contains("120 railcars", "12 earlier counts", "peaked at 100", "above that historical maximum"));
        }
    }

    @Test
    void doesNotJudgeACountWhoseWindowIsNoLongerHeldWhole() {
        List<RailTraffic> counts = new ArrayList<>(tenDays(20, 30));
        counts.add(rail(CROSSING, day("2024-08-11"), 45));
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            rules.insert(counts);
            assertThat(rules.horizon("RAIL_TRAFFIC", day("2024-07-12")).fired("LOG-001")).as("from 2024-07-12 held")
                    .hasSize(1);
            assertThat(rules.horizon("RAIL_TRAFFIC", day("2024-07-13")).fired("LOG-001"))
                    .as("its 30 days start on 2024-07-12").isEmpty();
        }
    }

    // LOG-002

    @Test
    void flagsAListedVesselAtAWatchedPortByImo() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            List<Finding> findings = rules.insertFacts(List.of(LADY_R))
                    .insert(List.of(portCall("Lady R", "9161003", "Vostochny", day("2024-10-01"))))
                    .fired("LOG-002");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.dedupKey()).isEqualTo("LOG-002|IMO 9161003|VOSTOCHNY|2024-10-01");
                assertThat(f.category()).isEqualTo(Finding.SANCTIONS_CONCERN);
                assertThat(f.evidence()).hasSize(1);
                assertThat(f.explanation()).contains("OFAC_SDN", "entry 37095", "\"LADY R\"", "matched by IMO 9161003",
                        "Vostochny (RUS), a watched port");
            });
        }
    }

    @Test
    void flagsACallWithoutImoByNormalisedNameAndCitesEveryList() {
        ListedVessel unListed = listed("UN_CONSOLIDATED", "KPe.T01", "CHON MA SAN", null, "Chonmasan");
        ListedVessel ofacListed = listed("OFAC_SDN", "99001", "CHON MA SAN", "8660313");
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            List<Finding> findings = rules.insertFacts(List.of(unListed, ofacListed))
                    .insert(List.of(portCall("M/T Chon Ma San", null, "Rajin", day("2024-09-14"))))
                    .fired("LOG-002");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.dedupKey()).isEqualTo("LOG-002|CHON MA SAN|RAJIN|2024-09-14");
                assertThat(f.explanation()).contains("(no IMO number given)", "OFAC_SDN", "entry 99001",
                        "UN_CONSOLIDATED", "entry KPe.T01", "matched by normalised name \"CHON MA SAN\"");
            });
        }
    }

    @Test
    void doesNotFlagAnUnlistedVessel() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insertFacts(List.of(LADY_R))
                    .insert(List.of(portCall("Lady Rose", "9161004", "Vostochny", day("2024-10-01"))))
                    .fired("LOG-002")).isEmpty();
        }
    }

    @Test
    void doesNotFlagAListedVesselAtAnUnwatchedPort() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insertFacts(List.of(LADY_R))
                    .insert(List.of(portCall("Lady R", "9161003", "Novorossiysk", day("2024-10-01"))))
                    .fired("LOG-002")).isEmpty();
        }
    }

    @Test
    void flagsPastCallsWhenTheVesselIsListedLater() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            rules.insert(List.of(portCall("Lady R", "9161003", "Vostochny", day("2024-10-01"))));
            assertThat(rules.fired("LOG-002")).isEmpty();

            assertThat(rules.insertFacts(List.of(LADY_R)).fired("LOG-002")).hasSize(1);
        }
    }

    /** Ten daily counts of the crossing, 2024-08-01 to 2024-08-10, alternately {@code low} and {@code high}. */
    private static List<RailTraffic> tenDays(int low, int high) {
        List<RailTraffic> counts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            counts.add(rail(CROSSING, LocalDate.of(2024, 8, 1 + i), i % 2 == 0 ? low : high));
        }
        Collections.shuffle(counts, new java.util.Random(7));
        return counts;
    }
}
