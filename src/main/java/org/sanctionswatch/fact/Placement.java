package org.sanctionswatch.fact;

import java.util.List;

/**
 * Derived: a finding belongs to a theatre, the measures it may feed there (ESCALATION, SANCTIONS; none for context)
 * and why it belongs, in words for its alert. A measure still takes it only where its rule has a weight there.
 */
public record Placement(String theatre, String findingKey, String ruleId, Finding finding, List<String> measures,
        String reason) {

    public boolean feeds(String measure) {
        return measures.contains(measure);
    }

    /** Hashes what identifies the placement, not the finding's text. */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(theatre, findingKey, measures);
    }
}
