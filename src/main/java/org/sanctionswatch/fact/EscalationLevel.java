package org.sanctionswatch.fact;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Derived: a theatre's escalation level 0-4, the score it comes from, the bands the score is compared with (score
 * thresholds of levels 1 to 4), the heaviest contributions (up to {@value ContributionTally#LISTED}, largest first),
 * how many contributions there are in all, and their average confidence weighted by decayed weight.
 */
public record EscalationLevel(
        String theatre,
        int level,
        double score,
        List<Double> bands,
        LocalDate clock,
        double halfLifeDays,
        List<Contribution> contributions,
        int contributionCount,
        double confidence) {

    public static final String RULE_ID = "ESC-001";
    static final int MAX_EVIDENCE_FINDINGS = ContributionTally.LISTED;

    /** Largest decayed weight first, then by finding key: a total order over one contribution per key. */
    public static final Comparator<Contribution> HEAVIEST_FIRST = Comparator
            .comparingDouble(Contribution::decayedWeight).reversed().thenComparing(Contribution::findingKey);

    /**
     * Of two contributions under one key, the one that counts: the heavier, then a choice by content alone, every
     * field deciding, so that the choice does not depend on the order they came in.
     */
    public static final Comparator<Contribution> COUNTS_FIRST = HEAVIEST_FIRST
            .thenComparing(Contribution::ruleId).thenComparing(Contribution::title)
            .thenComparing(c -> String.valueOf(c.eventDate())).thenComparingDouble(Contribution::weight)
            .thenComparingLong(Contribution::ageDays).thenComparingDouble(Contribution::confidence)
            .thenComparing(c -> c.evidence().toString()).thenComparing(c -> String.valueOf(c.theatre()));

    /** Sums the contributions (one per finding key, the heaviest where a key appears twice) and finds the level. */
    public static EscalationLevel of(String theatre, Collection<?> contributions, LocalDate clock,
            double halfLifeDays, double band1, double band2, double band3, double band4) {
        return ofHeaviestFirst(theatre, oneByKeyHeaviestFirst(contributions), clock, halfLifeDays, band1, band2, band3,
                band4);
    }

    /** The contributions that count, one per finding key ({@link #COUNTS_FIRST}), in {@link #HEAVIEST_FIRST} order. */
    public static List<Contribution> oneByKeyHeaviestFirst(Collection<?> contributions) {
        Map<String, Contribution> byKey = new HashMap<>(contributions.size() * 4 / 3 + 1);
        for (Object o : contributions) {
            Contribution c = (Contribution) o;
            byKey.merge(c.findingKey(), c, (a, b) -> COUNTS_FIRST.compare(a, b) <= 0 ? a : b);
        }
        Contribution[] sorted = byKey.values().toArray(new Contribution[0]);
        Arrays.sort(sorted, HEAVIEST_FIRST);
        return List.of(sorted);
    }

    /**
     * The level of contributions already one per finding key and in {@link #HEAVIEST_FIRST} order, as the
     * {@code heaviestFirst} accumulate function keeps them: the engine derives a theatre's level on each change of
     * its findings. Given a {@link ContributionTally} (what that function gives), the level takes its sums and its
     * heaviest contributions as they are, without going over the whole theatre.
     */
    public static EscalationLevel ofHeaviestFirst(String theatre, List<Contribution> heaviestFirst, LocalDate clock,
            double halfLifeDays, double band1, double band2, double band3, double band4) {
        ContributionTally tally = heaviestFirst instanceof ContributionTally t ? t
                : ContributionTally.of(heaviestFirst);
        double score = Math.round(tally.weight() * 100) / 100.0;
        List<Double> bands = List.of(band1, band2, band3, band4);
        int level = 0;
        for (int i = 0; i < bands.size(); i++) {
            if (score >= bands.get(i)) {
                level = i + 1;
            }
        }
        return new EscalationLevel(theatre, level, score, bands, clock, halfLifeDays, tally.listed(),
                tally.count(), Math.round(tally.confidence() * 1000) / 1000.0);
    }

    /**
     * Hashes the level, its score and clock and how many contributions it has, not the contributions themselves: the
     * engine hashes a level each time it is derived, and a theatre may have thousands of contributions. Equal levels
     * still hash alike.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(theatre, level, score, clock, contributionCount);
    }

    /** HIGH from level 3, MEDIUM at 2, LOW at 1. */
    public String severity() {
        return level >= 3 ? "HIGH" : level == 2 ? "MEDIUM" : "LOW";
    }

    /**
     * The escalation finding: subject {@code <theatre>|level-<n>}, so that a change of level clears one alert and
     * raises another. Evidence is every observation behind the heaviest contributing findings; confidence is the
     * average of all of them weighted by decayed weight.
     */
    public Finding finding() {
        String subject = theatre + "|level-" + level;
        // The evidence of the heaviest contributions: a theatre may have thousands of findings behind its level.
        TreeSet<String> evidence = new TreeSet<>();
        contributions.stream().limit(MAX_EVIDENCE_FINDINGS).forEach(c -> evidence.addAll(c.evidence()));
        return new Finding(RULE_ID, RULE_ID + "|" + subject, Finding.ESCALATION, severity(), theatre, subject,
                EventText.escalationTitle(this), EventText.escalationExplanation(this), List.copyOf(evidence),
                confidence, clock, null);
    }
}
