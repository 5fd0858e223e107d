package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionswatch.rules.Facts.annual;
import static org.sanctionswatch.rules.Facts.monthly;
import static org.sanctionswatch.rules.Facts.yearThen;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.TradeFlow;
import org.sanctionswatch.fact.WatchedCommodity;

/** TRADE-001 on the real rules folder and default parameters (ratio 2, 12 periods, at least 6, floor 100,000). */
class TradeSurgeRuleTests {

    @Test
    void flagsAMonthAtTwiceTheTrailingMean() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            List<Finding> findings = rules.insert(yearThen("2713", 300_000, 600_000)).fired("TRADE-001");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.dedupKey()).isEqualTo("TRADE-001|CHN|PRK|EXPORT|2713|2024-01");
                assertThat(f.category()).isEqualTo(Finding.SANCTIONS_CONCERN);
                assertThat(f.severity()).isEqualTo("MEDIUM");
                assertThat(f.evidence()).hasSize(13);
                assertThat(f.explanation()).contains("600,000 US$", "2.00×", "300,000 US$", "12 previous months");
            });
        }
    }

    /**
     * Six months at 1,000,000 and six at 300,000 make a baseline of 650,000, which 700,000 does not double. Once the
     * first six have left the session, the six left would make it a surge; the horizon keeps the month from being
     * judged on a baseline the session no longer holds whole.
     */
    @Test
    void doesNotJudgeAMonthWhoseBaselineIsNoLongerHeldWhole() {
        List<TradeFlow> lastSix = new ArrayList<>();
        for (int m = 7; m <= 12; m++) {
            lastSix.add(monthly("CHN", "PRK", "EXPORT", "2713", 2020, m, 300_000));
        }
        lastSix.add(monthly("CHN", "PRK", "EXPORT", "2713", 2021, 1, 700_000));
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(lastSix).fired("TRADE-001")).as("all periods held: judged on what it has")
                    .hasSize(1);
            assertThat(rules.horizon(true, 2020 * 12 + 6).fired("TRADE-001"))
                    .as("from 2020-07 held: 2021-01's baseline starts in 2020-01").isEmpty();
            assertThat(rules.horizon(true, 2020 * 12).fired("TRADE-001"))
                    .as("from 2020-01 held: its whole baseline").hasSize(1);
        }
    }

    @Test
    void doesNotFlagAMonthJustBelowTwiceTheMean() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(yearThen("2713", 300_000, 599_999)).fired("TRADE-001")).isEmpty();
        }
    }

    @Test
    void doesNotFlagASurgeBelowTheFloor() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(yearThen("2713", 10_000, 99_999)).fired("TRADE-001")).isEmpty();
        }
    }

    @Test
    void doesNotFlagAnUnwatchedCommodity() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(yearThen("8703", 300_000, 3_000_000)).fired("TRADE-001")).isEmpty();
        }
    }

    @Test
    void matchesWatchedCodesByPrefix() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(yearThen("271311", 300_000, 3_000_000)).fired("TRADE-001"))
                    .singleElement().extracting(Finding::severity).isEqualTo("HIGH");
        }
    }

    @Test
    void needsTheMinimumNumberOfBaselinePeriods() {
        List<TradeFlow> fewMonths = new ArrayList<>();
        for (int m = 8; m <= 12; m++) {
            fewMonths.add(monthly("CHN", "PRK", "EXPORT", "2713", 2023, m, 300_000));
        }
        fewMonths.add(monthly("CHN", "PRK", "EXPORT", "2713", 2024, 1, 3_000_000));
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(fewMonths).fired("TRADE-001")).isEmpty();
        }
        fewMonths.add(monthly("CHN", "PRK", "EXPORT", "2713", 2023, 7, 300_000));
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(fewMonths).fired("TRADE-001")).hasSize(1);
        }
    }

    @Test
    void ignoresMonthsOutsideTheBaselineWindowAndOtherSeries() {
        List<TradeFlow> flows = new ArrayList<>(yearThen("2713", 300_000, 700_000));
        // A huge month 13 months back and a huge month of the reverse flow must not lift the baseline.
        flows.add(monthly("CHN", "PRK", "EXPORT", "2713", 2022, 12, 90_000_000));
        flows.add(monthly("CHN", "PRK", "IMPORT", "2713", 2023, 6, 90_000_000));
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            assertThat(rules.insert(flows).fired("TRADE-001")).hasSize(1);
        }
    }

    @Test
    void judgesAnnualSeriesOnPreviousYears() {
        List<TradeFlow> years = List.of(
                annual("CHN", "PRK", "IMPORT", "27", 2008, 208_797_191),
                annual("CHN", "PRK", "IMPORT", "27", 2009, 261_452_243),
                annual("CHN", "PRK", "IMPORT", "27", 2010, 402_000_504),
                annual("CHN", "PRK", "IMPORT", "27", 2011, 1_162_113_382));
        try (RulesHarness rules = RulesHarness.with(p -> p
                .withWatchlist(List.of(new WatchedCommodity("27", "chapter 27", List.of("PRK"))))
                .withNumber("TRADE-001.baselinePeriods", 3)
                .withNumber("TRADE-001.minBaselinePeriods", 1))) {
            List<Finding> findings = rules.insert(years).fired("TRADE-001");

            assertThat(findings).extracting(Finding::subject).containsExactly("CHN|PRK|IMPORT|27|2011");
            assertThat(findings.get(0).explanation()).contains("1,162,113,382 US$", "290,749,979 US$",
                    "3 previous years", "2008, 2009, 2010");
        }
    }

    @Test
    void flagsMirrorStatisticsFromTheExportersSide() {
        // The DPRK reports nothing; China's exports to it are its imports, named from the importer's side.
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            Finding f = rules.insert(yearThen("2713", 300_000, 900_000)).fired("TRADE-001").get(0);
            assertThat(f.title()).startsWith("Surge in PRK imports of HS 2713 from CHN (reported by CHN)");
        }
    }
}
