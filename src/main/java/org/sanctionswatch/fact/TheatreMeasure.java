package org.sanctionswatch.fact;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derived: one measure of a theatre, ESCALATION (the military commitment between its parties) or SANCTIONS (evidence
 * of breaches and evasion), as of a day. Each finding counts once, at its rule's weight decayed by its age from that
 * day. Findings of one rule (one indicator) saturate: the strongest counts in full, the next {@code saturation}
 * times its weight, the one after that {@code saturation}² times, and so on, so that repeated evidence of one thing
 * never adds without bound. The level is the highest band the score reaches. The measure is stale when its newest
 * evidence is older than {@code staleAfterDays}; {@code peakLevel} is the level it had on the day of that evidence,
 * before the calendar decayed it.
 */
public record TheatreMeasure(
        String theatre,
        String measure,
        String ruleId,
        int level,
        double score,
        List<Double> bands,
        LocalDate asOf,
        double halfLifeDays,
        double saturation,
        LocalDate newestEvidence,
        boolean stale,
        double staleAfterDays,
        int peakLevel,
        double peakScore,
        List<Indicator> indicators,
        List<Counted> facts,
        int factCount,
        double confidence) {

    public static final String ESCALATION_RULE = "ESC-001";
    public static final String SANCTIONS_RULE = "SAN-001";
    /** How many facts a measure lists, heaviest first: enough for its evidence and its explanation. */
    public static final int LISTED = 50;
    private static final int NAMED_IN_ALERT = 12;
    private static final String[] LEVEL_NAMES = {"none", "watch", "elevated", "high", "critical"};

    private static final Set<String> MEASURE_NAMES = Set.of("theatre", "measure", "level", "levelName", "decayed",
            "stale", "factCount", "indicators", "bands", "peakNote", "halfLifeDays", "saturation", "newestEvidence",
            "staleNote", "facts", "more");

    /** The placeholders the measures' templates may name. */
    static final Map<String, Set<String>> NAMES = Map.of(ESCALATION_RULE, MEASURE_NAMES, SANCTIONS_RULE,
            MEASURE_NAMES);

    /** One indicator (a rule) of the measure: its weight, how many facts it counts, and what they add up to. */
    public record Indicator(String ruleId, double weight, int facts, double score) {
    }

    /**
     * One fact as the measure counts it: its rank among its indicator's facts (0 the strongest) and what it adds,
     * its decayed weight times the saturation to the power of its rank.
     */
    public record Counted(String findingKey, String ruleId, String title, LocalDate eventDate, double weight,
            long ageDays, double decayedWeight, int rank, double counted, double confidence, List<String> evidence) {
    }

    /** The rule id of a measure's own alerts. */
    public static String ruleOf(String measure) {
        return Theatre.ESCALATION.equals(measure) ? ESCALATION_RULE : SANCTIONS_RULE;
    }

    /** The measure from a theatre's contributions to it (one per finding key; of two, the heavier counts). */
    public static TheatreMeasure of(String theatre, String measure, Collection<?> contributions, LocalDate asOf,
            double halfLifeDays, double saturation, double staleAfterDays, double band1, double band2, double band3,
            double band4) {
        Map<String, Contribution> byKey = new HashMap<>();
        for (Object o : contributions) {
            Contribution c = ((Contribution) o).asOf(asOf, halfLifeDays);
            byKey.merge(c.findingKey(), c, (a, b) -> STRONGEST_FIRST.compare(a, b) <= 0 ? a : b);
        }
        List<Double> bands = List.of(band1, band2, band3, band4);
        LocalDate newest = byKey.values().stream().map(Contribution::eventDate).max(LocalDate::compareTo)
                .orElse(null);
        Tally now = tally(byKey.values(), saturation);
        double peakScore = newest == null ? 0 : tally(byKey.values().stream()
                .map(c -> c.asOf(newest, halfLifeDays)).toList(), saturation).score();
        boolean stale = newest != null && ChronoUnit.DAYS.between(newest, asOf) > staleAfterDays;
        double confidence = now.counted().isEmpty() ? 0
                : Math.round(now.counted().stream().mapToDouble(Counted::confidence).average().orElse(0) * 1000)
                        / 1000.0;
        List<Counted> listed = now.counted().stream()
                .sorted(Comparator.comparingDouble(Counted::counted).reversed().thenComparing(Counted::findingKey))
                .limit(LISTED).toList();
        return new TheatreMeasure(theatre, measure, ruleOf(measure), level(now.score(), bands), now.score(), bands,
                asOf, halfLifeDays, saturation, newest, stale, staleAfterDays, level(peakScore, bands), peakScore,
                now.indicators(), listed, now.counted().size(), confidence);
    }

    private static final Comparator<Contribution> STRONGEST_FIRST = Comparator
            .comparingDouble(Contribution::decayedWeight).reversed().thenComparing(Contribution::findingKey)
            .thenComparing(Contribution::ruleId).thenComparing(Contribution::title)
            .thenComparing(c -> c.evidence().toString());

    private record Tally(double score, List<Indicator> indicators, List<Counted> counted) {
    }

    private static Tally tally(Collection<Contribution> contributions, double saturation) {
        Map<String, List<Contribution>> byRule = new TreeMap<>();
        contributions.forEach(c -> byRule.computeIfAbsent(c.ruleId(), r -> new ArrayList<>()).add(c));
        List<Indicator> indicators = new ArrayList<>();
        List<Counted> counted = new ArrayList<>();
        // Summed in units of 1/10,000 as whole numbers: the score does not depend on the order of the facts.
        long units = 0;
        for (Map.Entry<String, List<Contribution>> e : byRule.entrySet()) {
            List<Contribution> facts = new ArrayList<>(e.getValue());
            facts.sort(STRONGEST_FIRST);
            long indicatorUnits = 0;
            for (int rank = 0; rank < facts.size(); rank++) {
                Contribution c = facts.get(rank);
                long add = Math.round(c.decayedWeight() * Math.pow(saturation, rank) * 10_000);
                indicatorUnits += add;
                counted.add(new Counted(c.findingKey(), c.ruleId(), c.title(), c.eventDate(), c.weight(), c.ageDays(),
                        c.decayedWeight(), rank, add / 10_000.0, c.confidence(), c.evidence()));
            }
            units += indicatorUnits;
            indicators.add(new Indicator(e.getKey(), facts.get(0).weight(), facts.size(),
                    Math.round(indicatorUnits / 100.0) / 100.0));
        }
        return new Tally(Math.round(units / 100.0) / 100.0, indicators, counted);
    }

    private static int level(double score, List<Double> bands) {
        int level = 0;
        for (int i = 0; i < bands.size(); i++) {
            if (score >= bands.get(i)) {
                level = i + 1;
            }
        }
        return level;
    }

    public static String levelName(int level) {
        return LEVEL_NAMES[Math.max(0, Math.min(4, level))];
    }

    /** Hashes the level, its score and day and how many facts it has, not the facts themselves. */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(theatre, measure, level, score, asOf, factCount);
    }

    /** HIGH from level 3, MEDIUM at 2, LOW at 1. */
    public String severity() {
        return level >= 3 ? "HIGH" : level == 2 ? "MEDIUM" : "LOW";
    }

    /**
     * The measure's alert: subject {@code <theatre>|level-<n>}, so that a change of level clears one alert and raises
     * another. Its words name the level, the facts and the newest evidence, never the decayed score, so that the
     * calendar updates the alert only when the level changes or the picture turns stale.
     */
    public Finding finding(Wording wording) {
        String subject = theatre + "|level-" + level;
        List<Counted> named = facts.stream().sorted(Comparator.comparing(Counted::ruleId)
                .thenComparing(Counted::findingKey)).limit(NAMED_IN_ALERT).toList();
        TreeSet<String> evidence = new TreeSet<>();
        named.forEach(c -> evidence.addAll(c.evidence()));
        double meanConfidence = named.isEmpty() ? 0 : Math.round(named.stream().mapToDouble(Counted::confidence)
                .average().orElse(0) * 1000) / 1000.0;
        return new Finding(ruleId, ruleId + "|" + subject,
                Theatre.ESCALATION.equals(measure) ? Finding.ESCALATION : Finding.SANCTIONS_CONCERN, severity(),
                theatre, subject, wording.of(ruleId, words(named)), List.copyOf(evidence), meanConfidence,
                newestEvidence, null);
    }

    /** What the measure's templates name: the level, the facts behind it and the newest evidence. */
    private Map<String, Object> words(List<Counted> named) {
        int more = factCount - named.size();
        return Wording.values("theatre", theatre,
                "measure", Theatre.ESCALATION.equals(measure) ? "escalation" : "sanctions pressure",
                "level", level, "levelName", levelName(level),
                "decayed", peakLevel > level ? ", decayed from " + peakLevel : "",
                "stale", stale ? ", stale: newest evidence " + newestEvidence : "",
                "factCount", factCount, "indicators", indicators.size(),
                "bands", bands.stream().map(Text::number).collect(java.util.stream.Collectors.joining(" / ")),
                "peakNote", peakLevel > level ? "; level " + peakLevel + " on the day of its newest evidence, "
                        + "decayed by the calendar since" : "",
                "halfLifeDays", Text.number(halfLifeDays), "saturation", Text.number(saturation),
                "newestEvidence", newestEvidence,
                "staleNote", stale ? ", older than " + Text.number(staleAfterDays) + " days: the picture is stale"
                        : "",
                "facts", named.stream().map(c -> c.ruleId() + " " + c.title())
                        .collect(java.util.stream.Collectors.joining("; ")),
                "more", more > 0 ? "; and " + more + " more" : "");
    }
}
