package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionswatch.rules.Facts.monthly;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.TradeFlow;

/** TRADE-002 on the real rules folder: commodity growth at least 2× and at least 2× total-trade growth. */
class TradeDivergenceRuleTests {

    private static List<TradeFlow> pair(double commodityBefore, double commodityNow, double totalBefore,
            double totalNow) {
        return List.of(
                monthly("CHN", "PRK", "EXPORT", "2713", 2023, 6, commodityBefore),
                monthly("CHN", "PRK", "EXPORT", "2713", 2024, 6, commodityNow),
                monthly("CHN", "PRK", "EXPORT", TradeFlow.TOTAL, 2023, 6, totalBefore),
                monthly("CHN", "PRK", "EXPORT", TradeFlow.TOTAL, 2024, 6, totalNow));
    }

    @Test
    void flagsCommodityGrowthFarAboveTotalTradeGrowth() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            List<Finding> findings = rules.insert(pair(150_000, 1_200_000, 120_000_000, 144_000_000))
                    .fired("TRADE-002");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.dedupKey()).isEqualTo("TRADE-002|CHN|PRK|EXPORT|2713|2024-06");
                assertThat(f.evidence()).hasSize(4);
                assertThat(f.explanation()).contains("8.00×", "1.20×", "6.67× as fast");
            });
        }
    }

    @Test
    void doesNotJudgeAMonthWhoseYearBeforeIsNoLongerHeld() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            rules.insert(pair(150_000, 1_200_000, 120_000_000, 144_000_000));
            assertThat(rules.horizon(true, 2023 * 12 + 5).fired("TRADE-002")).as("from 2023-06 held").hasSize(1);
            assertThat(rules.horizon(true, 2023 * 12 + 6).fired("TRADE-002")).as("from 2023-07 held").isEmpty();
            assertThat(rules.horizon(false, 2030).fired("TRADE-002")).as("the annual horizon is another's")
                    .isEmpty();
        }
    }

    @Test
    void doesNotFlagWhenTotalTradeGrewAlmostAsFast() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            // 8× commodity growth against 4.1× total growth: divergence 1.95, below 2.
            assertThat(rules.insert(pair(150_000, 1_200_000, 100_000_000, 410_000_000)).fired("TRADE-002"))
                    .isEmpty();
        }
    }

    @Test
    void doesNotFlagWithoutTheTotalOfThePair() {
        try (RulesHarness rules = RulesHarness.withDefaults()) {
            List<TradeFlow> noTotal = pair(150_000, 1_200_000, 1, 1).subList(0, 2);
            assertThat(rules.insert(noTotal).fired("TRADE-002")).isEmpty();
        }
    }
}
