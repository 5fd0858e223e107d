package org.sanctionswatch.observation;

import org.sanctionswatch.fact.Observation;

/**
 * An observation with its envelope filled in, the hash of its content (what makes a revision), and the JSON text it
 * is stored as when the reader wrote it already (null: the store writes it).
 */
record Prepared(Observation observation, String contentHash, String payload) {

    Prepared(Observation observation, String contentHash) {
        this(observation, contentHash, null);
    }
}
