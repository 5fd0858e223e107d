package org.sanctionswatch.observation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.system.ItemError;
import org.sanctionswatch.system.Sha256;
import tools.jackson.databind.json.JsonMapper;

/**
 * Collects the items of one load: fills each envelope (id from the natural key, theatre from the parties, knowledge
 * time), finds duplicates and conflicts inside the batch, and gathers every error. Errors are capped in number
 * (the count stays exact). Given a consumer of parts, it hands the items on part by part while the body is still
 * being read, as long as no item was bad; it remembers only the id, content hash and place of each item handed on.
 */
final class Batch {

    static final int MAX_LISTED_ERRORS = 1000;

    private final ParameterSet parameters;
    private final Instant loadedAt;
    private final JsonMapper payloads;
    private final Map<String, Seen> seen = new HashMap<>();
    private List<Prepared> pending = new ArrayList<>();
    private Consumer<List<Prepared>> parts;
    private int partSize;
    private final List<ItemError> errors = new ArrayList<>();
    private long errorCount;
    private int received;
    private int duplicatesInBatch;
    private int ignored;

    /** An item already in the batch: the hash of its content and its place in the body. */
    private record Seen(String contentHash, String where) {
    }

    Batch(ParameterSet parameters, Instant loadedAt) {
        this(parameters, loadedAt, null);
    }

    /**
     * Given the mapper the store writes with, each item's stored JSON text is written here, on the thread that reads
     * the body, and not by the one writer that stores the load (the pipeline's busiest stage).
     */
    Batch(ParameterSet parameters, Instant loadedAt, JsonMapper payloads) {
        this.parameters = parameters;
        this.loadedAt = loadedAt;
        this.payloads = payloads;
    }

    /**
     * From now on, every {@code size} good items go to {@code parts} as soon as they are read; once an item is bad,
     * nothing more is handed on or kept, since the load will be refused.
     */
    void handPartsTo(Consumer<List<Prepared>> parts, int size) {
        this.parts = parts;
        this.partSize = size;
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
        String theatre = raw.theatre() != null ? raw.theatre() : parameters.theatreOf(raw);
        Instant reportedAt = raw.reportedAt() != null ? raw.reportedAt() : loadedAt;
        Seen earlier = seen.putIfAbsent(id, new Seen(hash, where));
        if (earlier != null) {
            if (earlier.contentHash().equals(hash)) {
                duplicatesInBatch++;
            } else {
                error(conflictError.apply("the same observation (id " + id + ") appears earlier in this batch at "
                        + earlier.where() + " with different values"));
            }
            return;
        }
        if (parts != null && errorCount > 0) {
            return; // the load will be refused: nothing more is handed on or kept
        }
        Observation o = raw.withEnvelope(id, theatre, reportedAt);
        pending.add(new Prepared(o, hash, payloads == null ? null : payloads.writeValueAsString(o)));
        if (parts != null && pending.size() >= partSize) {
            List<Prepared> part = pending;
            pending = new ArrayList<>();
            parts.accept(part);
        }
    }

    /**
     * A record's text names every component with its value, in declaration order: a canonical form to hash. It is
     * the text of the record's {@code toString}, written faster ({@link RecordText}): the stored hashes are of it.
     */
    static String hash(Observation content) {
        String text = RecordText.of((Record) content);
        // Components added since hashes were first stored are left out of the text while they are empty, so that a
        // record without them hashes as it did before they existed: stored hashes hold.
        if (content.source() != null && content.source().relays() == null) {
            text = text.replace(NO_RELAY, "]");
        }
        if (text.endsWith(NO_CALL_DETAILS)) {
            text = text.substring(0, text.length() - NO_CALL_DETAILS.length()) + "]";
        }
        return sha256(text);
    }

    private static final String NO_RELAY = ", relays=null]";
    private static final String NO_CALL_DETAILS = ", mmsi=null, callSign=null, owner=null, operator=null, manager=null]";

    /** The items not handed on as parts: every item of a batch without a consumer of parts. */
    List<Prepared> items() {
        return new ArrayList<>(pending);
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
