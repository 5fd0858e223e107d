package org.sanctionswatch.observation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.Theatre;
import org.sanctionswatch.parameters.CurrentParameters;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.system.InvalidInputException;
import org.sanctionswatch.system.ItemError;
import org.sanctionswatch.system.Completions;
import org.sanctionswatch.system.DaemonThreads;
import org.sanctionswatch.system.Limits;
import org.sanctionswatch.system.PayloadTooLargeException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads observations: parse and check every item while a writer stores the good ones in one transaction part by
 * part and the engine judges each written part; refuse the whole batch (rolling back what was written) when any item
 * is bad, else commit and wait for the engine's judgement of the whole.
 */
@Service
public class IngestService {

    private final ObservationStore store;
    private final ObservationSink sink;
    private final CurrentParameters parameters;
    private final JsonMapper json;
    private final JsonMapper limitedJson;
    private final Clock clock;
    private final Limits limits;
    /** The threads that hold a load's transaction while the request's thread reads its body. */
    private final ExecutorService writers = Executors.newCachedThreadPool(
            DaemonThreads.named("load-writer-"));

    IngestService(ObservationStore store, ObservationSink sink, CurrentParameters parameters, JsonMapper json,
            Clock clock, Limits limits) {
        this.store = store;
        this.sink = sink;
        this.parameters = parameters;
        this.json = json;
        this.clock = clock;
        this.limits = limits;
        // Untrusted bodies are parsed under limits on nesting and token length, so they cannot exhaust memory.
        this.limitedJson = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxJsonDepth()).maxStringLength(limits.maxJsonStringLength())
                .maxNumberLength(400).build()).build()).build();
    }

    /** A JSON object or array of objects. */
    public IngestResult ingestJson(InputStream sent) {
        // received whole before the load begins; the file is deleted once read
        try (InputStream body = Spool.receive(sent, limits.loadTime())) {
            return load(batch -> {
                ObservationReader reader = reader();
                JsonNode root = limitedJson.readTree(body);
                if (root == null || root.isMissingNode()) {
                    throw new InvalidInputException("The body is empty",
                            List.of(ItemError.atIndex(0, null, null, "expected a JSON object or array")));
                }
                if (root.isArray()) {
                    for (int i = 0; i < root.size(); i++) {
                        addItem(batch, reader, root.get(i), i, null);
                    }
                } else {
                    addItem(batch, reader, root, 0, null);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Newline-delimited JSON: one object a line; a bad line is reported by its number. */
    public IngestResult ingestNdjson(InputStream sent) {
        // received whole before the load begins; the file is deleted once read
        try (InputStream body = Spool.receive(sent, limits.loadTime())) {
            return load(batch -> {
                ObservationReader reader = reader();
                try (BufferedReader lines = new BufferedReader(utf8(body))) {
                    long lineNo = 0;
                    int index = 0;
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        lineNo++;
                        if (line.isBlank()) {
                            continue;
                        }
                        JsonNode node;
                        try {
                            node = limitedJson.readTree(line);
                        } catch (JacksonException e) {
                            batch.received();
                            batch.error(new ItemError(index++, lineNo, null, null, null, "malformed JSON: "
                                    + e.getOriginalMessage()));
                            continue;
                        }
                        addItem(batch, reader, node, index++, lineNo);
                    }
                } catch (CharacterCodingException e) {
                    throw encodingError();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (batch.receivedCount() == 0) {
                    batch.error(ItemError.atLine(1, null, null, null,
                            "the body is empty: expected one JSON object a line"));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV file in one of the recognised layouts, read as a stream. */
    public IngestResult importCsv(InputStream sent) {
        // received whole before the load begins; the file is deleted once read
        try (InputStream body = Spool.receive(sent, limits.loadTime())) {
            return load(batch -> {
                try (Reader in = new BufferedReader(utf8(body), 1 << 16)) {
                    new CsvImport(reader(), batch, limits.maxRows()).read(in);
                } catch (CharacterCodingException e) {
                    throw encodingError();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (batch.receivedCount() == 0 && !batch.hasErrors()) {
                    batch.error(ItemError.atLine(2, null, null, null, "the file has a header but no rows"));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addItem(Batch batch, ObservationReader reader, JsonNode node, int index, Long line) {
        batch.received();
        checkRows(batch);
        Observation o = reader.read(node, (field, value, reason) ->
                batch.error(new ItemError(index, line, null, field, value, reason)));
        if (o != null) {
            batch.add(o, line == null ? "item " + index : "line " + line,
                    reason -> new ItemError(index, line, null, null, null, reason));
        }
    }

    private void checkRows(Batch batch) {
        if (batch.receivedCount() > limits.maxRows()) {
            throw new PayloadTooLargeException("A load may hold at most " + limits.maxRows()
                    + " rows (sanctionswatch.limits.max-rows)");
        }
    }

    /** Reads a body into a batch; throws for a body that cannot be read at all. */
    @FunctionalInterface
    private interface Reading {

        void read(Batch batch);
    }

    /**
     * Reads a body and stores it as one load. A body of more than one part goes through a pipeline: this thread
     * reads and checks the items and hands them on a part at a time; a writer thread stores each part in the load's
     * one transaction, and the engine judges each written part, while the next is read. A bad item stops the
     * hand-over and the load is refused whole: the writer rolls back what it wrote, and the engine forgets it. A
     * body of one part is read whole, then stored by this thread.
     */
    private IngestResult load(Reading reading) {
        Batch batch = newBatch();
        LoadJudging judging = new LoadJudging();
        Writer writer = new Writer(batch.loadedAt(), judging);
        batch.handPartsTo(writer::put, ObservationStore.PART);
        try {
            reading.read(batch);
            if (batch.hasErrors()) {
                throw new InvalidInputException("The batch was refused", batch.errors(), batch.errorCount());
            }
        } catch (PartChannel.WriterStopped stopped) {
            // The writer failed before the body was read: its failure is the load's, thrown by finish below.
        } catch (RuntimeException | Error e) {
            writer.cancel();
            judging.abort(e);
            throw e;
        }
        ObservationStore.Stored stored;
        try {
            stored = writer.finish(batch.items());
        } catch (RuntimeException | Error e) {
            judging.abort(e);
            throw e;
        }
        ObservationSink.Judgement judgement = judging.commit();
        return new IngestResult(batch.receivedCount(), stored.accepted(),
                stored.duplicates() + batch.duplicatesInBatch(), stored.revisions(), batch.ignoredCount(),
                judgement.alertsRaised(), judgement.alertsUpdated(), judgement.alertsCleared());
    }

    /** Stores one load: on a writer thread from its first full part on, else on the reading thread once read. */
    private final class Writer {

        private final Instant loadedAt;
        private final LoadJudging judging;
        private PartChannel channel;
        private CompletableFuture<ObservationStore.Stored> writing;

        Writer(Instant loadedAt, LoadJudging judging) {
            this.loadedAt = loadedAt;
            this.judging = judging;
        }

        /** A full part, while the body is still being read: the first one starts the writer thread. */
        void put(List<Prepared> part) {
            if (channel == null) {
                PartChannel parts = new PartChannel();
                channel = parts;
                writing = CompletableFuture.supplyAsync(() -> {
                    try {
                        return store.store(parts, loadedAt, judging);
                    } finally {
                        parts.writerDone();
                    }
                }, writers);
            }
            channel.put(part);
        }

        /** The body is read and good: the rest is stored and the load committed. */
        ObservationStore.Stored finish(List<Prepared> rest) {
            if (channel == null) {
                Iterator<List<Prepared>> one = rest.isEmpty() ? Collections.emptyIterator()
                        : List.of(rest).iterator();
                return store.store(() -> one.hasNext() ? one.next() : null, loadedAt, judging);
            }
            try {
                if (!rest.isEmpty()) {
                    channel.put(rest);
                }
                channel.end();
            } catch (PartChannel.WriterStopped stopped) {
                // The writer failed: the join below throws its failure.
            }
            return Completions.join(writing);
        }

        /** The load is refused or failed while being read: what the writer wrote rolls back. */
        void cancel() {
            if (channel == null) {
                return;
            }
            channel.cancel();
            try {
                Completions.join(writing);
            } catch (RuntimeException | Error rolledBack) {
                // Expected: the writer rolls back at its next part.
            }
        }
    }

    /** The engine's judgement of one load, begun at its first written part that changed anything. */
    private final class LoadJudging implements ObservationStore.Parts {

        private ObservationSink.Judging judging;

        @Override
        public void written(List<Observation> changed) {
            if (!changed.isEmpty()) {
                if (judging == null) {
                    judging = sink.begin();
                }
                judging.add(changed);
            }
        }

        @Override
        public void beforeCommit() {
            if (judging != null) {
                judging.settle();
            }
        }

        ObservationSink.Judgement commit() {
            return judging == null ? ObservationSink.Judgement.NONE : judging.commit().join();
        }

        /** The load rolled back because of {@code cause}; a failure to forget it is added to the cause. */
        void abort(Throwable cause) {
            if (judging != null) {
                try {
                    judging.abort().join();
                } catch (RuntimeException alsoFailed) {
                    // the engine's own failure comes back from the abort: it is the cause, not another failure
                    if (alsoFailed != cause && alsoFailed.getCause() != cause
                            && !(cause.getCause() != null && alsoFailed.getCause() == cause.getCause())) {
                        cause.addSuppressed(alsoFailed);
                    }
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        writers.shutdown();
    }

    private Batch newBatch() {
        return new Batch(parameters.get(), clock.instant(), json);
    }

    private ObservationReader reader() {
        ParameterSet p = parameters.get();
        Set<String> theatres = p.theatres().stream().map(Theatre::id).collect(Collectors.toUnmodifiableSet());
        return new ObservationReader(theatres);
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static InvalidInputException encodingError() {
        return new InvalidInputException("The body is not valid UTF-8",
                List.of(ItemError.atLine(1, null, null, null, "malformed UTF-8 byte sequence; send UTF-8 text")));
    }
}
