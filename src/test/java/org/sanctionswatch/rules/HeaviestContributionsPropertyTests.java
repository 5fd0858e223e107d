package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sanctionswatch.fact.Contribution;
import org.sanctionswatch.fact.ContributionTally;
import org.sanctionswatch.fact.EscalationLevel;

/**
 * The accumulate function the escalation level rule uses keeps, through any sequence of contributions coming and
 * going, exactly the list that merging and sorting what remains gives: one per finding key, heaviest first.
 */
class HeaviestContributionsPropertyTests {

    private static final LocalDate CLOCK = LocalDate.of(2024, 10, 31);

    /**
     * Keys that sometimes repeat (so that two contributions share one) and lists long enough to pass the 50 a level
     * lists; few weights and confidences, so that weights tie and ties differ in other fields. Decayed weights are
     * rounded to 1/10,000 as {@link Contribution#of} rounds them, thirds so that their sums are not round.
     */
    @Provide
    Arbitrary<List<Contribution>> contributions() {
        Arbitrary<Contribution> one = Combinators.combine(Arbitraries.integers().between(0, 150),
                Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 40), Arbitraries.integers().between(1, 3))
                .as((key, weight, title, age, confidence) -> new Contribution("T", "K" + key, "R", "title " + title,
                        CLOCK.minusDays(age), weight, age, Math.round(weight / 3.0 * 10_000) / 10_000.0,
                        confidence / 4.0, List.of("obs-" + title)));
        return one.list().ofMinSize(0).ofMaxSize(90);
    }

    @Property(tries = 300)
    void addingAndWithdrawingKeepsWhatMergingAndSortingTheRestGives(
            @ForAll("contributions") List<Contribution> added, @ForAll("contributions") List<Contribution> extra,
            @ForAll long seed) {
        HeaviestContributions function = new HeaviestContributions();
        HeaviestContributions.Held held = function.createContext();
        function.init(held);
        List<Contribution> present = new ArrayList<>();
        for (Contribution c : added) {
            function.accumulate(held, c);
            present.add(c);
        }
        // Withdraw a pseudo-random half of what was added, interleaved with the extra ones, some withdrawn again.
        java.util.Random random = new java.util.Random(seed);
        List<Contribution> pending = new ArrayList<>(extra);
        for (Contribution c : List.copyOf(added)) {
            if (random.nextBoolean()) {
                function.reverse(held, c);
                present.remove(c);
            }
            if (!pending.isEmpty()) {
                Contribution e = pending.remove(0);
                function.accumulate(held, e);
                present.add(e);
                if (random.nextInt(4) == 0) {
                    function.reverse(held, e);
                    present.remove(e);
                }
            }
        }
        for (Contribution e : pending) {
            function.accumulate(held, e);
            present.add(e);
        }

        ContributionTally kept = (ContributionTally) function.getResult(held);
        List<Contribution> expected = EscalationLevel.oneByKeyHeaviestFirst(present);
        assertThat(kept).containsExactlyElementsOf(expected.stream().limit(ContributionTally.LISTED).toList());
        ContributionTally afresh = ContributionTally.of(expected);
        assertThat(kept.count()).isEqualTo(expected.size());
        assertThat(kept.weight()).isEqualTo(afresh.weight());
        assertThat(kept.confidence()).isEqualTo(afresh.confidence());
        // The score is the plain sum of every contribution counted, and the level from the running tally is the
        // level computed afresh from every contribution.
        double plainSum = expected.stream().mapToDouble(Contribution::decayedWeight).sum();
        EscalationLevel fromTally = EscalationLevel.ofHeaviestFirst("T", kept, CLOCK, 30, 1, 2, 3, 4);
        assertThat(fromTally.score()).isCloseTo(plainSum, org.assertj.core.api.Assertions.within(0.0051));
        assertThat(fromTally).isEqualTo(EscalationLevel.of("T", present, CLOCK, 30, 1, 2, 3, 4));
    }
}
