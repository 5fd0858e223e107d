package org.sanctionswatch.rules;

import java.time.Instant;
import java.util.List;

/**
 * A rule flagged as a runaway: how many findings it raised in one batch, over which limit, a sample, and how many of
 * its findings have been held back (not alerted) in all since it was first held.
 */
public record RuleHealth(String ruleId, boolean runaway, int findingsInBatch, int limit, List<String> sampleSubjects,
        Instant at, long heldFindings) {
}
