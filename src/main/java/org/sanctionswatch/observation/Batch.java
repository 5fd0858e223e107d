package org.sanctionswatch.observation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.system.ItemError;
import org.sanctionswatch.system.Sha256;

/**
 * Collects the items of one load: fills each envelope (id from the natural key, theatre from the parties, knowledge
 * time), finds duplicates and conflicts inside the batch, and gathers every error. Errors are capped in number
 * (the count stays exact).
 */
final class Batch {

    static final int MAX_LISTED_ERRORS = 1000;

    private final ParameterSet parameters;
    private final Instant loadedAt;
    private final Map<String, Prepared> items = new LinkedHashMap<>();
    private final Map<String, String> whereById = new LinkedHashMap<>();
    private final List<ItemError> errors = new ArrayList<>();
    private long errorCount;
    private int received;
    private int duplicatesInBatch;
    private int ignored;

    Batch(ParameterSet parameters, Instant loadedAt) {
        this.parameters = parameters;
        this.loadedAt = loadedAt;
    }

    void received() {
        received++;
    }

    void ignored() {
        ignored++;
    }

    void error(ItemError error) {
        errorCount++;
        if (errors.size() < MAX_LISTED_ERRORS) {
            errors.add(error);
        }
    }

    /** Adds a parsed observation; {@code where} names its place ("item 3", "line 17") for conflict messages. */
    void add(Observation raw, String where, java.util.function.Function<String, ItemError> conflictError) {
        String hash = hash(raw.withEnvelope(null, raw.theatre(), null));
        String id = raw.id() != null ? raw.id() : Ids.of(raw);
        String theatre = raw.theatre() != null ? raw.theatre() : parameters.theatreOf(raw.parties());
        Instant reportedAt = raw.reportedAt() != null ? raw.reportedAt() : loadedAt;
        Prepared earlier = items.get(id);
        if (earlier != null) {
            if (earlier.contentHash().equals(hash)) {
                duplicatesInBatch++;
            } else {
                error(conflictError.apply("the same observation (id " + id + ") appears earlier in this batch at "
                        + whereById.get(id) + " with different values"));
            }
            return;
        }
        items.put(id, new Prepared(raw.withEnvelope(id, theatre, reportedAt), hash));
        whereById.put(id, where);
    }

    /** A record's text names every component with its value, in declaration order: a canonical form to hash. */
    private static String hash(Observation content) {
        return sha256(content.toString());
    }

    List<Prepared> items() {
        return new ArrayList<>(items.values());
    }

    List<ItemError> errors() {
        return errors;
    }

    long errorCount() {
        return errorCount;
    }

    boolean hasErrors() {
        return errorCount > 0;
    }

    int receivedCount() {
        return received;
    }

    int duplicatesInBatch() {
        return duplicatesInBatch;
    }

    int ignoredCount() {
        return ignored;
    }

    Instant loadedAt() {
        return loadedAt;
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }
}
