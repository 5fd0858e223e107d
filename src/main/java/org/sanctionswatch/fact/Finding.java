package org.sanctionswatch.fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule concludes, inserted logically so that it is withdrawn when its conditions no longer hold.
 * {@code dedupKey} is the rule id plus the subject, never the evidence, so that replays land on the same alert.
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
        double confidence) {

    public static final String SANCTIONS_CONCERN = "SANCTIONS_CONCERN";
    public static final String ESCALATION = "ESCALATION";
    public static final String CONTEXT = "CONTEXT";

    /** Builds a finding whose evidence and confidence come from the observations that made it fire. */
    public static Finding of(String ruleId, String category, String severity, String theatre, String subject,
            String title, String explanation, Collection<? extends Observation> evidence) {
        List<String> ids = evidence.stream().map(Observation::id).distinct().sorted().toList();
        return new Finding(ruleId, ruleId + "|" + subject, category, severity, theatre, subject, title, explanation, ids,
                confidence(evidence));
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
