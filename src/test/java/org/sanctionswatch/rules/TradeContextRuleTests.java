package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionswatch.rules.Facts.RUMOUR;
import static org.sanctionswatch.rules.Facts.annual;
import static org.sanctionswatch.rules.Facts.monthly;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.TradeFlow;

/**
 * TRADE-003 (below the 2019 reference year, under 80 %), TRADE-004 (reporting blackout: 12 months in a row, then 6
 * silent) and TRADE-005 (mirror statistics 1.5× apart, above 100,000 US$) on the real rules and default parameters.
 */
class TradeContextRuleTests {

    private static final String TOTAL = TradeFlow.TOTAL;

    // TRADE-003

    @Test
    void notesAnAnnualTotalBelowEightyPercentOfTheReferenceYear() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            List<Finding> findings = rules.insert(List.of(
                    annual("CHN", "PRK", "EXPORT", TOTAL, 2019, 1_000_000_000),
                    annual("CHN", "PRK", "EXPORT", TOTAL, 2024, 720_000_000))).fired("TRADE-003");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.dedupKey()).isEqualTo("TRADE-003|CHN|PRK|EXPORT|TOTAL|2024");
                assertThat(f.category()).isEqualTo(Finding.CONTEXT);
                assertThat(f.evidence()).hasSize(2);
                assertThat(f.explanation()).contains("720,000,000 US$", "72.0 %", "1,000,000,000 US$",
                        "reference year 2019", "below 80.0 %");
            });
        }
    }

    @Test
    void doesNotNoteAYearAtExactlyEightyPercent() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(List.of(
                    annual("CHN", "PRK", "EXPORT", TOTAL, 2019, 1_000_000_000),
                    annual("CHN", "PRK", "EXPORT", TOTAL, 2024, 800_000_000))).fired("TRADE-003")).isEmpty();
        }
    }

    @Test
    void sumsTwelveMonthsOfAMonthlySeries() {
        List<TradeFlow> flows = new ArrayList<>(months(2019, 12, 200_000_000));
        flows.addAll(months(2024, 12, 145_000_000));
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            List<Finding> findings = rules.insert(flows).fired("TRADE-003");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.dedupKey()).isEqualTo("TRADE-003|CHN|PRK|EXPORT|TOTAL|2024");
                assertThat(f.evidence()).hasSize(24);
                assertThat(f.explanation()).contains("1,740,000,000 US$", "2,400,000,000 US$", "72.5 %",
                        "sum of twelve months");
            });
        }
    }

    @Test
    void sumsTwelveMonthsOnlyWhileAllTwelveAreHeld() {
        List<TradeFlow> flows = new ArrayList<>(months(2019, 12, 200_000_000));
        flows.addAll(months(2024, 12, 145_000_000));
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            rules.insert(flows);
            assertThat(rules.horizon(true, 2024 * 12).fired("TRADE-003")).as("from 2024-01 held").hasSize(1);
            assertThat(rules.horizon(true, 2024 * 12 + 1).fired("TRADE-003"))
                    .as("from 2024-02 held: the year is not whole any more").isEmpty();
        }
    }

    @Test
    void doesNotJudgeAYearWithAMonthMissing() {
        List<TradeFlow> flows = new ArrayList<>(months(2019, 12, 200_000_000));
        flows.addAll(months(2024, 12, 145_000_000));
        flows.removeIf(t -> t.period().equals("2024-05"));
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(flows).fired("TRADE-003")).isEmpty();
        }
    }

    // TRADE-004

    @Test
    void flagsAReporterSilentForSixMonthsAfterAYearOfReports() {
        List<TradeFlow> flows = new ArrayList<>(run("CHN", 2023, 1, 15)); // 2023-01 .. 2024-03
        flows.addAll(run("RUS", 2023, 1, 21)); // 2023-01 .. 2024-09
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            List<Finding> findings = rules.insert(flows).fired("TRADE-004");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.dedupKey()).isEqualTo("TRADE-004|CHN|DPRK-RUSSIA|monthly|2024-03");
                assertThat(f.evidence()).hasSize(1);
                assertThat(f.explanation()).contains("12 months from 2023-04 to 2024-03", "up to 2024-09",
                        "6 months later");
            });
        }
    }

    @Test
    void doesNotFlagFiveSilentMonths() {
        List<TradeFlow> flows = new ArrayList<>(run("CHN", 2023, 1, 15));
        flows.addAll(run("RUS", 2023, 1, 20)); // up to 2024-08
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(flows).fired("TRADE-004")).isEmpty();
        }
    }

    @Test
    void doesNotFlagAReporterThatNeverPublishedRegularly() {
        List<TradeFlow> flows = new ArrayList<>(run("CHN", 2023, 1, 15));
        flows.removeIf(t -> t.period().equals("2023-10"));
        flows.addAll(run("RUS", 2023, 1, 21));
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(flows).fired("TRADE-004")).isEmpty();
        }
    }

    @Test
    void clearsTheBlackoutWhenTheMissingMonthsArriveLate() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            rules.insert(run("CHN", 2023, 1, 15)).insert(run("RUS", 2023, 1, 21));
            assertThat(rules.fired("TRADE-004")).hasSize(1);

            rules.insert(List.of(monthly("CHN", "PRK", "EXPORT", TOTAL, 2024, 4, 100_000_000)));
            assertThat(rules.fired("TRADE-004")).isEmpty();
        }
    }

    @Test
    void judgesTheBlackoutOnTheMonthsOfSourcesOfTheMinimumGrade() {
        // CHN's April to June come only from a social media post (E5); RUS publishes up to September.
        List<TradeFlow> flows = new ArrayList<>(run("CHN", 2023, 1, 15));
        for (int month = 4; month <= 6; month++) {
            flows.add(monthly(RUMOUR, "CHN", "PRK", "EXPORT", TOTAL, 2024, month, 100_000_000));
        }
        flows.addAll(run("RUS", 2023, 1, 21));
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(flows).fired("TRADE-004")).as("every grade: CHN silent for three months only")
                    .isEmpty();
        }
        try (RulesHarness rules = RulesHarness.with(p -> p.withText("TRADE-004.minGrade", "C3"))) {
            assertThat(rules.insert(flows).fired("TRADE-004")).singleElement()
                    .satisfies(f -> assertThat(f.dedupKey()).isEqualTo("TRADE-004|CHN|DPRK-RUSSIA|monthly|2024-03"));
        }
    }

    // TRADE-005

    @Test
    void flagsMirrorStatisticsTwoAndAHalfTimesApart() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            List<Finding> findings = rules.insert(List.of(
                    monthly("CHN", "PRK", "EXPORT", "2713", 2024, 6, 1_000_000),
                    monthly("PRK", "CHN", "IMPORT", "2713", 2024, 6, 400_000))).fired("TRADE-005");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.dedupKey()).isEqualTo("TRADE-005|CHN|PRK|2713|2024-06");
                assertThat(f.category()).isEqualTo(Finding.SANCTIONS_CONCERN);
                assertThat(f.evidence()).hasSize(2);
                assertThat(f.explanation()).contains("1,000,000 US$", "400,000 US$", "2.50×", "1.50×", "CIF");
            });
        }
    }

    @Test
    void doesNotFlagMirrorStatisticsWithinTheRatio() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(List.of(
                    monthly("CHN", "PRK", "EXPORT", "2713", 2024, 6, 1_000_000),
                    monthly("PRK", "CHN", "IMPORT", "2713", 2024, 6, 700_000))).fired("TRADE-005")).isEmpty();
        }
    }

    @Test
    void doesNotFlagMirrorStatisticsBelowTheFloor() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(List.of(
                    monthly("CHN", "PRK", "EXPORT", "2713", 2024, 6, 90_000),
                    monthly("PRK", "CHN", "IMPORT", "2713", 2024, 6, 10_000))).fired("TRADE-005")).isEmpty();
        }
    }

    @Test
    void doesNotCompareDifferentPeriodsOrCommodities() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(List.of(
                    monthly("CHN", "PRK", "EXPORT", "2713", 2024, 6, 1_000_000),
                    monthly("PRK", "CHN", "IMPORT", "2713", 2024, 7, 100_000),
                    monthly("PRK", "CHN", "IMPORT", "2710", 2024, 6, 100_000))).fired("TRADE-005")).isEmpty();
        }
    }

    private static List<TradeFlow> months(int year, int count, double value) {
        List<TradeFlow> flows = new ArrayList<>();
        for (int m = 1; m <= count; m++) {
            flows.add(monthly("CHN", "PRK", "EXPORT", TOTAL, year, m, value));
        }
        return flows;
    }

    /** {@code count} consecutive months of one reporter's total exports to PRK, from year-month. */
    private static List<TradeFlow> run(String reporter, int year, int month, int count) {
        List<TradeFlow> flows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = year * 12 + month - 1 + i;
            flows.add(monthly(reporter, "PRK", "EXPORT", TOTAL, index / 12, index % 12 + 1, 100_000_000));
        }
        return flows;
    }
}
