package org.sanctionswatch.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sanctionswatch.parameters.ParameterSet;

/** One immutable ruleset version: DRL files and parameters, with who made it, why, and what changed. */
public record Ruleset(int version, String contentHash, Map<String, String> drlFiles, ParameterSet parameters,
        String author, String comment, Instant createdAt, List<Change> diff, boolean current) {

    /** "v7": how alerts name the version that raised them. */
    public String label() {
        return "v" + version;
    }

    /** One difference from the previous version: a parameter, a watchlist entry, a port, or a DRL file. */
    public record Change(String what, String key, String from, String to) {
    }
}
