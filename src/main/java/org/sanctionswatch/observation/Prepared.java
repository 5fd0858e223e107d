package org.sanctionswatch.observation;

import org.sanctionswatch.fact.Observation;

/** An observation with its envelope filled in and the hash of its content (what makes a revision). */
record Prepared(Observation observation, String contentHash) {
}
