package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.sanctionswatch.rules.Facts.ANALYST;
import static org.sanctionswatch.rules.Facts.COMTRADE;
import static org.sanctionswatch.rules.Facts.PRESS;
import static org.sanctionswatch.rules.Facts.day;
import static org.sanctionswatch.rules.Facts.monthly;
import static org.sanctionswatch.rules.Facts.rail;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.sanctionswatch.fact.RailHistory;
import org.sanctionswatch.fact.RailTraffic;
import org.sanctionswatch.fact.ReportedPeriod;
import org.sanctionswatch.fact.TradeFlow;

/** The reported periods follow the trade flows in a session through insertions, revisions and removals. */
class ObservationFactsTests {

    // A session without rules: what is asserted is what the class keeps in it.
    private final KieSession session = RuleBaseBuilder.build(Map.of("empty.drl", "package p;\n")).kieBase()
            .newKieSession();
    private final ObservationFacts facts = new ObservationFacts(session, RulesHarness.defaults());

    @AfterEach
    void dispose() {
        session.dispose();
    }

    private List<ReportedPeriod> periods() {
        return session.getObjects(o -> o instanceof ReportedPeriod).stream().map(ReportedPeriod.class::cast)
                .sorted(Comparator.comparingInt(ReportedPeriod::periodIndex)).toList();
    }

    @Test
    void onePeriodPerReporterAndMonthWithTheGradesOfItsFlows() {
        facts.insert(monthly(COMTRADE, "CHN", "PRK", "EXPORT", "2713", 2024, 3, 1_000));
        facts.insert(monthly(COMTRADE, "CHN", "RUS", "IMPORT", "2701", 2024, 3, 2_000));
        facts.insert(monthly(PRESS, "CHN", "PRK", "EXPORT", "TOTAL", 2024, 3, 3_000));
        facts.insert(monthly(COMTRADE, "RUS", "PRK", "EXPORT", "2713", 2024, 3, 4_000));

        assertThat(periods()).containsExactlyInAnyOrder(
                new ReportedPeriod("DPRK-RUSSIA", "CHN", true, 2024 * 12 + 2, Set.of("A2", "C3")),
                new ReportedPeriod("DPRK-RUSSIA", "RUS", true, 2024 * 12 + 2, Set.of("A2")));
        assertThat(periods().get(0).atLeast("B2")).isTrue();
        assertThat(periods()).filteredOn(p -> p.reporter().equals("RUS")).singleElement()
                .satisfies(p -> assertThat(p.atLeast("A1")).isFalse());
    }

    @Test
    void aRevisionMovesItsFlowAndARemovalTakesTheLastFlowsPeriodAway() {
        TradeFlow march = monthly(COMTRADE, "CHN", "PRK", "EXPORT", "2713", 2024, 3, 1_000);
        FactHandle strong = facts.insert(march);
        FactHandle weak = facts.insert(monthly(PRESS, "CHN", "RUS", "EXPORT", "2713", 2024, 3, 1_000));

        // the revision says April: March keeps only the weaker flow
        TradeFlow april = monthly(COMTRADE, "CHN", "PRK", "EXPORT", "2713", 2024, 4, 1_000);
        facts.update(strong, new TradeFlow(march.id(), april.theatre(), april.source(), april.reportedAt(),
                april.reporter(), april.partner(), april.flow(), april.commodity(), april.period(), true,
                april.periodIndex(), april.valueUsd(), null, null));
        assertThat(periods()).extracting(ReportedPeriod::period, ReportedPeriod::grades).containsExactly(
                tuple("2024-03", Set.of("C3")),
                tuple("2024-04", Set.of("A2")));

        facts.delete(weak);
        assertThat(periods()).extracting(ReportedPeriod::period).containsExactly("2024-04");
        facts.delete(strong);
        assertThat(periods()).isEmpty();
        assertThat(session.getFactCount()).isZero();
    }

    private Map<String, RailHistory> histories() {
        Map<String, RailHistory> byCount = new java.util.HashMap<>();
        session.getObjects(o -> o instanceof RailHistory).forEach(o -> byCount.put(((RailHistory) o).countId(),
                (RailHistory) o));
        return byCount;
    }

    @Test
    void eachRailCountHasTheHistoryOfEveryEarlierCountOfItsCrossingWhateverTheOrder() {
        RailTraffic first = rail(ANALYST, "X", day("2024-08-01"), 20);
        RailTraffic third = rail(PRESS, "X", day("2024-08-03"), 40);
        RailTraffic elsewhere = rail(ANALYST, "Y", day("2024-08-02"), 99);
        facts.insert(first);
        facts.insert(third);
        facts.insert(elsewhere);
        assertThat(histories().get(third.id()).byGrade()).isEqualTo(Map.of("B2", new RailHistory.Tally(20, 1)));

        // a count dated between them arrives late: the later count's history takes it in
        RailTraffic second = rail(ANALYST, "X", day("2024-08-02"), 30);
        FactHandle late = facts.insert(second);
        assertThat(histories().get(third.id()).byGrade()).isEqualTo(Map.of("B2", new RailHistory.Tally(30, 2)));
        assertThat(histories().get(third.id()).countAtLeast("A1")).isZero();
        assertThat(histories().get(third.id()).maxAtLeast("B2")).isEqualTo(30);
        assertThat(histories().get(elsewhere.id()).countAtLeast("")).isZero();

        // revised, then taken away again
        facts.update(late, rail(ANALYST, "X", day("2024-08-02"), 35).withEnvelope(second.id(), Facts.THEATRE, null));
        assertThat(histories().get(third.id()).maxAtLeast("")).isEqualTo(35);
        facts.delete(late);
        assertThat(histories().get(third.id()).byGrade()).isEqualTo(Map.of("B2", new RailHistory.Tally(20, 1)));
        assertThat(histories()).hasSize(3);
    }

    @Test
    void aCountThatLeavesStaysInTheHistoryOfLaterCounts() {
        RailTraffic old = rail(ANALYST, "X", day("2024-01-01"), 90);
        FactHandle oldHandle = facts.insert(old);
        facts.insert(rail(ANALYST, "X", day("2024-08-01"), 20));
        facts.expire(oldHandle);
        RailTraffic later = rail(ANALYST, "X", day("2024-08-02"), 30);
        facts.insert(later);
        assertThat(histories()).hasSize(2).doesNotContainKey(old.id());
        assertThat(histories().get(later.id()).byGrade()).isEqualTo(Map.of("B2", new RailHistory.Tally(90, 2)));
    }
}
