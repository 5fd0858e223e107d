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
 * {@code eventDate} is the latest event time among the evidence: the age that escalation weights decay by.
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
        String provision) {

    public static final String SANCTIONS_CONCERN = "SANCTIONS_CONCERN";
    public static final String ESCALATION = "ESCALATION";
    public static final String CONTEXT = "CONTEXT";

    /** Builds a finding whose evidence and confidence come from the observations that made it fire. */
    public static Finding of(String ruleId, String category, String severity, String theatre, String subject,
            String title, String explanation, Collection<? extends Observation> evidence) {
        List<String> ids = evidence.stream().map(Observation::id).distinct().sorted().toList();
        LocalDate latest = evidence.stream().map(Observation::eventDate).max(LocalDate::compareTo).orElse(null);
        return new Finding(ruleId, ruleId + "|" + subject, category, severity, theatre, subject, title, explanation, ids,
                confidence(evidence), latest, null);
    }

    /** The same finding citing the provision of a sanctions regime it concerns (text from the parameters). */
    public Finding withProvision(String text) {
        return new Finding(ruleId, dedupKey, category, severity, theatre, subject, title, explanation, evidence,
                confidence, eventDate, text == null || text.isBlank() ? null : text);
    }

    public static Finding of(String ruleId, String category, String severity, String theatre, String subject,
            String title, String explanation, Observation first, Collection<? extends Observation> more) {
        List<Observation> all = new ArrayList<>();
        all.add(first);
        all.addAll(more);
        return of(ruleId, category, severity, theatre, subject, title, explanation, all);
    }

    /**
     * Independent sources corroborate: confidence is 1 - the product of (1 - weight) over distinct sources, each
     * source counted once with its best grade. The same source repeated adds nothing.
     */
    static double confidence(Collection<? extends Observation> evidence) {
        Map<String, Double> bestBySource = new HashMap<>();
        for (Observation o : evidence) {
            bestBySource.merge(o.source().name(), o.source().weight(), Math::max);
        }
        double doubt = 1.0;
        for (double w : bestBySource.values()) {
            doubt *= 1.0 - w;
        }
        return Math.round((1.0 - doubt) * 1000) / 1000.0;
    }
}
