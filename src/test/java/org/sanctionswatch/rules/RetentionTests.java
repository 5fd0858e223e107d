package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionswatch.rules.Facts.annual;
import static org.sanctionswatch.rules.Facts.monthly;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.fact.DiplomaticEvent;
import org.sanctionswatch.fact.EventHorizon;
import org.sanctionswatch.fact.PortCall;
import org.sanctionswatch.fact.RailTraffic;
import org.sanctionswatch.fact.TradeFlow;
import org.sanctionswatch.fact.TradeHorizon;
import org.sanctionswatch.fact.TroopDeployment;

/**
 * Which observations leave the session, with the default parameters (TRADE-001's baseline 12 periods, TRADE-003's
 * reference year 2019) and a year's allowance for late data: 24 months of monthly flows are held behind the newest.
 */
class RetentionTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static Retention retention() {
        return new Retention(true, Period.ofYears(1), RulesHarness.defaults());
    }

    private static PortCall call(LocalDate day) {
        return new PortCall("PC-" + day, Facts.THEATRE, Facts.PRESS, Instant.EPOCH, "SOME VESSEL", null, null,
                "Rajin", "PRK", day, null);
    }

    private static DiplomaticEvent diplomatic(LocalDate day) {
        return new DiplomaticEvent("DE-" + day, Facts.THEATRE, Facts.PRESS, Instant.EPOCH, "UNGA_VOTE",
                List.of("PRK", "RUS"), day, "A/RES/0", null);
    }

    private static TroopDeployment troops(LocalDate day) {
        return Facts.troops("Kursk", 1_000, "COMBAT", day);
    }

    private static RailTraffic rail(LocalDate day) {
        return new RailTraffic("RT-" + day, Facts.THEATRE, Facts.PRESS, Instant.EPOCH, "Tumangang-Khasan", day, 50,
                null, List.of("PRK", "RUS"), null);
    }

    @Test
    void monthlyFlowsLeaveTwentyFourMonthsBehindTheNewest() {
        Retention retention = retention();
        TradeFlow old = monthly("CHN", "PRK", "EXPORT", "2713", 2021, 7, 1);
        TradeFlow edge = monthly("CHN", "PRK", "EXPORT", "2713", 2021, 8, 1);
        retention.held(old, TODAY);
        retention.held(edge, TODAY);
        assertThat(retention.due()).as("nothing newer yet").isEmpty();

        retention.held(monthly("RUS", "PRK", "EXPORT", "8703", 2023, 8, 1), TODAY);
        assertThat(retention.due()).containsExactly(old.id());
        assertThat(retention.left()).isEqualTo(1);
        assertThat(retention.horizons()).contains(new TradeHorizon(true, 2021 * 12 + 7));
        assertThat(retention.behind(monthly("CHN", "PRK", "EXPORT", "2713", 2021, 7, 2))).isTrue();
        assertThat(retention.behind(monthly("CHN", "PRK", "EXPORT", "2713", 2021, 8, 2))).isFalse();
        assertThat(retention.behind(annual("CHN", "PRK", "EXPORT", "2713", 2010, 2)))
                .as("no annual flow seen: every year held").isFalse();
    }

    @Test
    void theReferenceYearsTotalTradeNeverLeaves() {
        Retention retention = retention();
        TradeFlow reference = monthly("CHN", "PRK", "EXPORT", TradeFlow.TOTAL, 2019, 3, 1);
        TradeFlow otherTotal = monthly("CHN", "PRK", "EXPORT", TradeFlow.TOTAL, 2020, 3, 1);
        retention.held(reference, TODAY);
        retention.held(otherTotal, TODAY);
        retention.held(monthly("CHN", "PRK", "EXPORT", TradeFlow.TOTAL, 2025, 3, 1), TODAY);
        assertThat(retention.due()).containsExactly(otherTotal.id());
        assertThat(retention.behind(monthly("CHN", "PRK", "EXPORT", TradeFlow.TOTAL, 2019, 4, 1))).isFalse();
        assertThat(retention.behind(monthly("CHN", "PRK", "EXPORT", "2713", 2019, 4, 1))).isTrue();
    }

    @Test
    void aDateInTheFutureMovesTheHorizonNoFurtherThanToday() {
        Retention retention = retention();
        TradeFlow recent = monthly("CHN", "PRK", "EXPORT", "2713", 2025, 1, 1);
        retention.held(recent, TODAY);
        retention.held(monthly("CHN", "PRK", "EXPORT", "2713", 2099, 1, 1), TODAY);
        assertThat(retention.due()).as("held from 2024-11: today's month less 24").isEmpty();
        assertThat(retention.horizons()).contains(new TradeHorizon(true, 2024 * 12 + 10));
    }

    @Test
    void portCallsLeaveAYearBehindTheNewestPortCall() {
        Retention retention = retention();
        PortCall old = call(LocalDate.of(2023, 4, 30));
        retention.held(old, TODAY);
        retention.held(diplomatic(LocalDate.of(2020, 1, 1)), TODAY);
        retention.held(call(LocalDate.of(2024, 5, 1)), TODAY);
        assertThat(retention.due()).as("a port call does not age a diplomatic step").containsExactly(old.id());
        assertThat(retention.behind(call(LocalDate.of(2023, 4, 30)))).isTrue();
        assertThat(retention.behind(call(LocalDate.of(2023, 5, 1)))).isFalse();
    }

    @Test
    void railCountsLeaveAYearAndLog001sWindowBehindTheNewestCountAndTroopReportsStay() {
        Retention retention = retention();
        RailTraffic old = rail(LocalDate.of(2023, 3, 31));
        RailTraffic edge = rail(LocalDate.of(2023, 4, 1));
        TroopDeployment troops = troops(LocalDate.of(2000, 1, 1));
        List.of(old, edge, troops).forEach(o -> retention.held(o, TODAY));
        retention.held(rail(LocalDate.of(2024, 5, 1)), TODAY);
        assertThat(retention.due()).as("held from 2024-05-01 less a year and 30 days").containsExactly(old.id());
        assertThat(retention.horizons()).contains(new EventHorizon("RAIL_TRAFFIC", LocalDate.of(2023, 4, 1)));
        assertThat(retention.behind(troops(LocalDate.of(1990, 1, 1)))).as("troop reports are kept for good")
                .isFalse();
    }

    @Test
    void offLetsNothingGo() {
        Retention retention = Retention.off(RulesHarness.defaults());
        retention.held(monthly("CHN", "PRK", "EXPORT", "2713", 2010, 1, 1), TODAY);
        retention.held(monthly("CHN", "PRK", "EXPORT", "2713", 2025, 1, 1), TODAY);
        assertThat(retention.due()).isEmpty();
        assertThat(retention.behind(monthly("CHN", "PRK", "EXPORT", "2713", 1990, 1, 1))).isFalse();
        List<Object> everything = new java.util.ArrayList<>(TradeHorizon.EVERYTHING);
        everything.addAll(EventHorizon.EVERYTHING);
        assertThat(retention.horizons()).containsExactlyElementsOf(everything);
    }
}
