package org.sanctionswatch.fact;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;

/**
 * A theatre's contributions as its level needs them: the heaviest (up to {@value #LISTED}, in
 * {@link EscalationLevel#HEAVIEST_FIRST} order) as the list, with how many there are in all and exact sums over all
 * of them. Weights are summed in units of 1/10,000 (a decayed weight is rounded to that) and confidence times weight
 * in units of 1/10,000 of those, as whole numbers: the sums do not depend on the order contributions came and went.
 */
public final class ContributionTally extends AbstractList<Contribution> {

    /** How many contributions a level lists: enough for its evidence and its explanation. */
    public static final int LISTED = 50;
    private static final double UNIT = 10_000;

    private final List<Contribution> heaviest;
    private final int count;
    private final long weightUnits;
    private final long confidenceWeightUnits;

    public ContributionTally(List<Contribution> heaviest, int count, long weightUnits, long confidenceWeightUnits) {
        this.heaviest = List.copyOf(heaviest);
        this.count = count;
        this.weightUnits = weightUnits;
        this.confidenceWeightUnits = confidenceWeightUnits;
    }

    /** The tally of contributions already one per key and heaviest first. */
    public static ContributionTally of(Collection<Contribution> heaviestFirst) {
        long weights = 0;
        long confidenceWeights = 0;
        for (Contribution c : heaviestFirst) {
            weights += weightUnits(c);
            confidenceWeights += confidenceWeightUnits(c);
        }
        return new ContributionTally(heaviestFirst.stream().limit(LISTED).toList(), heaviestFirst.size(), weights,
                confidenceWeights);
    }

    public static long weightUnits(Contribution c) {
        return Math.round(c.decayedWeight() * UNIT);
    }

    public static long confidenceWeightUnits(Contribution c) {
        return Math.round(c.confidence() * UNIT) * weightUnits(c);
    }

    /** The heaviest contributions, as an unmodifiable list. */
    public List<Contribution> listed() {
        return heaviest;
    }

    /** How many contributions there are in all, listed or not. */
    public int count() {
        return count;
    }

    /** The sum of every contribution's decayed weight. */
    public double weight() {
        return weightUnits / UNIT;
    }

    /** The average confidence of every contribution, weighted by decayed weight (0 without weight). */
    public double confidence() {
        return weightUnits == 0 ? 0 : confidenceWeightUnits / UNIT / weightUnits;
    }

    @Override
    public Contribution get(int index) {
        return heaviest.get(index);
    }

    @Override
    public int size() {
        return heaviest.size();
    }
}
