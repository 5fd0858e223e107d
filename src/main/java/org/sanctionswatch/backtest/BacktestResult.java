package org.sanctionswatch.backtest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.Theatre;
import org.sanctionswatch.fact.TheatreMeasure;

/**
 * What a candidate changes: alerts only it raises, alerts only the current ruleset raises, alerts both raise with
 * another severity, and the counts. Lists are capped; the counts are not. {@code judgedGroups} names the rule groups
 * judged on the candidate's side; the findings of the others are the current side's, which the change cannot touch.
 * {@code measures} gives each theatre's escalation and sanctions pressure on both sides.
 */
public record BacktestResult(String current, String candidate, LocalDate from, LocalDate to, Instant asOf,
        long observations, Counts counts, List<Item> onlyCandidate, List<Item> onlyCurrent,
        List<SeverityChange> severityChanged, List<String> judgedGroups, long millis, List<MeasureChange> measures) {

    /**
     * One measure of one theatre on both sides, as of the backtest's date: level and score before (the current
     * ruleset) and after (the candidate).
     */
    public record MeasureChange(String theatre, String measure, int levelBefore, double scoreBefore, int levelAfter,
            double scoreAfter) {
    }

    /** The measures of every theatre either side assessed, by theatre then measure. */
    public static List<MeasureChange> measures(Map<String, Map<String, TheatreMeasure>> before,
            Map<String, Map<String, TheatreMeasure>> after) {
        java.util.TreeSet<String> theatres = new java.util.TreeSet<>(before.keySet());
        theatres.addAll(after.keySet());
        List<MeasureChange> out = new ArrayList<>();
        for (String theatre : theatres) {
            for (String measure : List.of(Theatre.ESCALATION, Theatre.SANCTIONS)) {
                TheatreMeasure b = before.getOrDefault(theatre, Map.of()).get(measure);
                TheatreMeasure a = after.getOrDefault(theatre, Map.of()).get(measure);
                out.add(new MeasureChange(theatre, measure, b == null ? 0 : b.level(), b == null ? 0 : b.score(),
                        a == null ? 0 : a.level(), a == null ? 0 : a.score()));
            }
        }
        return out;
    }

    public BacktestResult withMeasures(List<MeasureChange> changed) {
        return new BacktestResult(current, candidate, from, to, asOf, observations, counts, onlyCandidate,
                onlyCurrent, severityChanged, judgedGroups, millis, List.copyOf(changed));
    }

    public static final int MAX_LISTED = 1000;

    /** How many findings each side raises in the range, and how they differ. */
    public record Counts(int current, int candidate, int onlyCandidate, int onlyCurrent, int severityChanged,
            int unchanged) {
    }

    /** One finding as a backtest lists it. */
    public record Item(String dedupKey, String ruleId, String severity, String category, String theatre,
            LocalDate eventDate, String title, String explanation) {

        static Item of(Finding f) {
            return new Item(f.dedupKey(), f.ruleId(), f.severity(), f.category(), f.theatre(), f.eventDate(),
                    f.title(), f.explanation());
        }
    }

    public record SeverityChange(String dedupKey, String ruleId, String from, String to, String title) {
    }

    /** Compares two evaluations, keeping findings whose event date lies in [from, to] (either end open). */
    public static BacktestResult compare(String currentLabel, String candidateLabel, Map<String, Finding> current,
            Map<String, Finding> candidate, Collection<String> judgedGroups, LocalDate from, LocalDate to,
            Instant asOf, long observations, long millis) {
        current = inRange(current, from, to);
        candidate = inRange(candidate, from, to);
        List<Item> onlyCandidate = new ArrayList<>();
        List<Item> onlyCurrent = new ArrayList<>();
        List<SeverityChange> changed = new ArrayList<>();
        int unchanged = 0;
        for (Finding f : sorted(candidate)) {
            Finding before = current.get(f.dedupKey());
            if (before == null) {
                onlyCandidate.add(Item.of(f));
            } else if (!before.severity().equals(f.severity())) {
                changed.add(new SeverityChange(f.dedupKey(), f.ruleId(), before.severity(), f.severity(), f.title()));
            } else {
                unchanged++;
            }
        }
        for (Finding f : sorted(current)) {
            if (!candidate.containsKey(f.dedupKey())) {
                onlyCurrent.add(Item.of(f));
            }
        }
        Counts counts = new Counts(current.size(), candidate.size(), onlyCandidate.size(), onlyCurrent.size(),
                changed.size(), unchanged);
        return new BacktestResult(currentLabel, candidateLabel, from, to, asOf, observations, counts,
                cap(onlyCandidate), cap(onlyCurrent), cap(changed), List.copyOf(new TreeSet<>(judgedGroups)), millis,
                List.of());
    }

    private static Map<String, Finding> inRange(Map<String, Finding> findings, LocalDate from, LocalDate to) {
        Map<String, Finding> out = new java.util.HashMap<>();
        findings.forEach((k, f) -> {
            LocalDate d = f.eventDate();
            if (d == null || ((from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to)))) {
                out.put(k, f);
            }
        });
        return out;
    }

    private static List<Finding> sorted(Map<String, Finding> findings) {
        return findings.values().stream().sorted(Comparator.comparing(Finding::dedupKey)).toList();
    }

    private static <T> List<T> cap(List<T> list) {
        return list.size() <= MAX_LISTED ? list : List.copyOf(list.subList(0, MAX_LISTED));
    }
}
