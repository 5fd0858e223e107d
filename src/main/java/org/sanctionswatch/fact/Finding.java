package org.sanctionswatch.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule concludes, inserted logically so that it is withdrawn when its conditions no longer hold.
 * {@code dedupKey} is the rule id plus the subject, never the evidence, so that replays land on the same alert.
 * {@code eventDate} is the latest event time among the evidence: the age that a measure's weights decay by.
 * {@code scope} is what its subject observation is about, for the theatres' definitions; {@code grades} the grades of
 * its evidence's sources and {@code origins} how many independent sources they come from (a source that relays
 * another is not independent of it). {@code belongsTo} (why it belongs to each theatre it belongs to) and
 * {@code corroborated} are filled in by the engine for its alert.
 */
public record Finding(
        String ruleId,
        String dedupKey,
        String category,
        String severity,
        String theatre,
        String subject,
        String title,
        String explanation,
        List<String> evidence,
        double confidence,
        LocalDate eventDate,
        String provision,
        Scope scope,
        List<String> grades,
        int origins,
        String belongsTo,
        boolean corroborated) {

    public static final String SANCTIONS_CONCERN = "SANCTIONS_CONCERN";
    public static final String ESCALATION = "ESCALATION";
    public static final String CONTEXT = "CONTEXT";

    /** A finding about no observation of its own (a theatre's measure), corroborated by what it sums. */
    public Finding(String ruleId, String dedupKey, String category, String severity, String theatre, String subject,
            String title, String explanation, List<String> evidence, double confidence, LocalDate eventDate,
            String provision) {
        this(ruleId, dedupKey, category, severity, theatre, subject, title, explanation, evidence, confidence,
                eventDate, provision, null, List.of(), 0, null, true);
    }

    /** As {@link #of(String, String, String, String, String, String, String, Collection)}, in words from templates. */
    public static Finding of(String ruleId, String category, String severity, String theatre, String subject,
            Wording.Words words, Collection<? extends Observation> evidence) {
        return of(ruleId, category, severity, theatre, subject, words.title(), words.explanation(), evidence);
    }

    public static Finding of(String ruleId, String category, String severity, String theatre, String subject,
            Wording.Words words, Observation first, Collection<? extends Observation> more) {
        return of(ruleId, category, severity, theatre, subject, words.title(), words.explanation(), first, more);
    }

    /** A finding about no observation of its own (a theatre's measure), in words from templates. */
    public Finding(String ruleId, String dedupKey, String category, String severity, String theatre, String subject,
            Wording.Words words, List<String> evidence, double confidence, LocalDate eventDate, String provision) {
        this(ruleId, dedupKey, category, severity, theatre, subject, words.title(), words.explanation(), evidence,
                confidence, eventDate, provision);
    }

    /**
     * Builds a finding whose evidence and confidence come from the observations that made it fire; the first of them
     * is its subject, whose scope the theatres' definitions read.
     */
    public static Finding of(String ruleId, String category, String severity, String theatre, String subject,
            String title, String explanation, Collection<? extends Observation> evidence) {
        List<String> ids = evidence.stream().map(Observation::id).distinct().sorted().toList();
        LocalDate latest = evidence.stream().map(Observation::eventDate).max(LocalDate::compareTo).orElse(null);
        Scope scope = evidence.isEmpty() ? null : Scope.of(evidence.iterator().next());
        List<String> grades = evidence.stream().map(o -> o.source().grade()).distinct().sorted().toList();
        int origins = (int) evidence.stream().map(o -> o.source().origin()).distinct().count();
        return new Finding(ruleId, ruleId + "|" + subject, category, severity, theatre, subject, title, explanation,
                ids, confidence(evidence), latest, null, scope, grades, origins, null, true);
    }

    /** The same finding citing the provision of a sanctions regime it concerns (text from the parameters). */
    public Finding withProvision(String text) {
        return new Finding(ruleId, dedupKey, category, severity, theatre, subject, title, explanation, evidence,
                confidence, eventDate, text == null || text.isBlank() ? null : text, scope, grades, origins,
                belongsTo, corroborated);
    }

    public static Finding of(String ruleId, String category, String severity, String theatre, String subject,
            String title, String explanation, Observation first, Collection<? extends Observation> more) {
        List<Observation> all = new ArrayList<>();
        all.add(first);
        all.addAll(more);
        return of(ruleId, category, severity, theatre, subject, title, explanation, all);
    }

    /**
     * True when the finding may feed a measure: one of its sources is graded at least {@code floor} (e.g. "C3"; blank
     * takes every grade), or at least two independent sources report it.
     */
    public boolean corroborated(String floor) {
        return origins >= 2 || floor == null || floor.isBlank()
                || grades.stream().anyMatch(g -> Source.gradeAtLeast(g, floor));
    }

    /**
     * The finding as its alert shows it: filed under the first theatre it belongs to (none when it belongs to none),
     * saying why it belongs to each, and, when weak evidence awaits corroboration ({@link #corroborated(String)}),
     * marked so, of LOW severity, and saying why.
     */
    public Finding placed(List<Placement> placements, String floor) {
        if (scope == null) {
            return this;
        }
        List<Placement> sorted = placements.stream().sorted(java.util.Comparator.comparing(Placement::theatre))
                .toList();
        String home = sorted.isEmpty() ? null : sorted.get(0).theatre();
        String why = sorted.isEmpty() ? null : sorted.stream().map(p -> p.theatre() + ": " + p.reason()
                + (p.measures().isEmpty() ? " (context: feeds no measure)"
                        : " (may feed " + String.join(" and ", p.measures()).toLowerCase(java.util.Locale.ROOT) + ")"))
                .collect(java.util.stream.Collectors.joining("; "));
        boolean enough = corroborated(floor);
        return new Finding(ruleId, dedupKey, category, enough ? severity : "LOW", home, subject, title,
                enough ? explanation : explanation + " Uncorroborated: no source is graded " + floor
                        + " or better (" + String.join(", ", grades) + ") and no independent source confirms it, so it"
                        + " feeds no measure until one does.",
                evidence, confidence, eventDate, provision, scope, grades, origins, why, enough);
    }

    /**
     * Independent sources corroborate: confidence is 1 - the product of (1 - weight) over independent sources, each
     * origin (a source, with every report that relays it) counted once with its best grade. The same source
     * repeated, or relayed, adds nothing.
     */
    public static double confidence(Collection<? extends Observation> evidence) {
        Map<String, Double> bestBySource = new HashMap<>();
        for (Observation o : evidence) {
            bestBySource.merge(o.source().origin(), o.source().weight(), Math::max);
        }
        double doubt = 1.0;
        for (double w : bestBySource.values()) {
            doubt *= 1.0 - w;
        }
        return Math.round((1.0 - doubt) * 1000) / 1000.0;
    }
}
