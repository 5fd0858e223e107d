package org.sanctionswatch.rules;

import java.time.Instant;
import java.util.List;

/** A rule flagged as a runaway: how many findings it raised in one batch, over which limit, and a sample. */
public record RuleHealth(String ruleId, boolean runaway, int findingsInBatch, int limit, List<String> sampleSubjects,
        Instant at) {
}
