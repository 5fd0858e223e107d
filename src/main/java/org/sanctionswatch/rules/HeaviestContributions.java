package org.sanctionswatch.rules;

import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.kie.api.runtime.rule.AccumulateFunction;
import org.sanctionswatch.fact.Contribution;
import org.sanctionswatch.fact.ContributionTally;
import org.sanctionswatch.fact.EscalationLevel;

/**
 * A DRL accumulate function ({@code import accumulate org.sanctionswatch.rules.HeaviestContributions heaviestFirst})
 * that keeps a theatre's contributions merged and ordered as they come and go: one per finding key (the first by
 * {@link EscalationLevel#COUNTS_FIRST} where a key appears twice), in {@link EscalationLevel#HEAVIEST_FIRST}
 * order. Its result is a {@link ContributionTally}: the heaviest of them as a list, with their count and exact sums.
 * A new or withdrawn contribution costs a step in an ordered set and in the sums, and a result the heaviest few,
 * where collecting the list, sorting and summing it again cost the whole theatre each time.
 */
public final class HeaviestContributions implements AccumulateFunction<HeaviestContributions.Held> {

    /** Every contribution seen, by finding key; the one per key that counts; those, in order. */
    public static final class Held implements Serializable {

        private static final long serialVersionUID = 1L;
        private final Map<String, List<Contribution>> byKey = new HashMap<>();
        private final Map<String, Contribution> countedByKey = new HashMap<>();
        private final TreeSet<Contribution> counted = new TreeSet<>(EscalationLevel.HEAVIEST_FIRST);
        private long weightUnits;
        private long confidenceWeightUnits;
    }

    @Override
    public Held createContext() {
        return new Held();
    }

    @Override
    public void init(Held held) {
        held.byKey.clear();
        held.countedByKey.clear();
        held.counted.clear();
        held.weightUnits = 0;
        held.confidenceWeightUnits = 0;
    }

    @Override
    public void accumulate(Held held, Object value) {
        Contribution c = (Contribution) value;
        held.byKey.computeIfAbsent(c.findingKey(), k -> new ArrayList<>(1)).add(c);
        recount(held, c.findingKey());
    }

    @Override
    public void reverse(Held held, Object value) {
        Contribution c = (Contribution) value;
        List<Contribution> same = held.byKey.get(c.findingKey());
        if (same != null && same.remove(c)) {
            if (same.isEmpty()) {
                held.byKey.remove(c.findingKey());
            }
            recount(held, c.findingKey());
        }
    }

    /** Puts the key's counting contribution (if any is left) in the ordered set, instead of the one before. */
    private static void recount(Held held, String key) {
        Contribution before = held.countedByKey.remove(key);
        if (before != null) {
            held.counted.remove(before);
            held.weightUnits -= ContributionTally.weightUnits(before);
            held.confidenceWeightUnits -= ContributionTally.confidenceWeightUnits(before);
        }
        List<Contribution> same = held.byKey.get(key);
        if (same != null) {
            Contribution now = same.stream().min(EscalationLevel.COUNTS_FIRST).orElseThrow();
            held.countedByKey.put(key, now);
            held.counted.add(now);
            held.weightUnits += ContributionTally.weightUnits(now);
            held.confidenceWeightUnits += ContributionTally.confidenceWeightUnits(now);
        }
    }

    @Override
    public Object getResult(Held held) {
        return new ContributionTally(held.counted.stream().limit(ContributionTally.LISTED).toList(),
                held.counted.size(), held.weightUnits, held.confidenceWeightUnits);
    }

    @Override
    public boolean supportsReverse() {
        return true;
    }

    @Override
    public Class<?> getResultType() {
        return List.class;
    }

    @Override
    public void writeExternal(ObjectOutput out) {
        // Stateless: the state is in the context.
    }

    @Override
    public void readExternal(ObjectInput in) {
        // Stateless: the state is in the context.
    }
}
