package org.sanctionswatch.watchlist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionswatch.observation.ObservationSink;
import org.sanctionswatch.rules.ReferenceFacts;
import org.sanctionswatch.rules.RuleEngine;
import org.sanctionswatch.system.InvalidInputException;
import org.sanctionswatch.system.ItemError;
import org.sanctionswatch.system.Sha256;
import org.springframework.stereotype.Service;

/**
 * Loads a sanctions list as published, keeps it as a new version, and hands its vessels to the engine, which
 * re-screens the stored port calls against them.
 */
@Service
public class WatchlistService implements ReferenceFacts {

    /** The answer to a list import. */
    public record ImportResult(String list, int version, int entries, int vessels, boolean unchanged,
            int alertsRaised, int alertsCleared) {
    }

    private final WatchlistStore store;
    private final RuleEngine engine;
    private final Clock clock;
    private final long maxBytes;

    WatchlistService(WatchlistStore store, @org.springframework.context.annotation.Lazy RuleEngine engine,
            Clock clock, @org.springframework.beans.factory.annotation.Value(
                    "${sanctionswatch.limits.max-watchlist-bytes:67108864}") long maxBytes) {
        this.store = store;
        this.engine = engine;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** Imports a list; the format (OFAC SDN CSV or UN consolidated XML) is recognised from the content. */
    public ImportResult importList(InputStream in) {
        return importList(in, null);
    }

    /**
     * Imports a list that must be {@code expected} (OFAC_SDN or UN_CONSOLIDATED; null: either): a file of the other
     * list is refused before anything is stored.
     */
    public ImportResult importList(InputStream in, String expected) {
        byte[] bytes = read(in);
        // one import at a time: two would race for the next version number of a list
        synchronized (this) {
            return importBytes(bytes, expected);
        }
    }

    private ImportResult importBytes(byte[] bytes, String expected) {
        boolean xml = looksLikeXml(bytes);
        String list = xml ? ListEntry.UN_CONSOLIDATED : ListEntry.OFAC_SDN;
        if (expected != null && !expected.equals(list)) {
            throw new InvalidInputException("The file is not the " + expected + " list",
                    List.of(ItemError.atLine(1, null, null, null, "its content is a " + list + " file")));
        }
        String sha = Sha256.hex(bytes);
        Optional<WatchlistStore.Version> current = store.current(list);
        if (current.isPresent() && current.get().sha256().equals(sha)) {
            WatchlistStore.Version v = current.get();
            return new ImportResult(list, v.version(), v.entries(), v.vessels(), true, 0, 0);
        }
        List<ListEntry> entries;
        try {
            entries = xml ? new UnConsolidatedParser().parse(new ByteArrayInputStream(bytes))
                    : new OfacSdnParser().parse(new ByteArrayInputStream(bytes));
        } catch (WatchlistFormatException e) {
            throw new InvalidInputException("The " + list + " file was refused", e.problems().stream()
                    .map(p -> ItemError.atLine(p.line(), p.column() == null ? null : p.column().intValue(), null,
                            null, p.reason()))
                    .toList(), e.problemCount());
        }
        if (entries.isEmpty()) {
            throw new InvalidInputException("The " + list + " file was refused",
                    List.of(ItemError.atLine(1, null, null, null, "the list has no entries")));
        }
        List<ItemError> tooLong = tooLong(entries);
        if (!tooLong.isEmpty()) {
            throw new InvalidInputException("The " + list + " file was refused", tooLong);
        }
        WatchlistStore.Version v = store.store(list, entries, sha, clock.instant());
        List<Object> vessels = store.currentVessels().getOrDefault(WatchlistStore.group(list), List.of());
        ObservationSink.Judgement j = engine.replaceReference(WatchlistStore.group(list), vessels).join();
        return new ImportResult(list, v.version(), v.entries(), v.vessels(), false, j.alertsRaised(),
                j.alertsCleared());
    }

    @Override
    public Map<String, List<Object>> current() {
        return store.currentVessels();
    }

    /** Every stored version of every list. */
    public List<Object> versionsView() {
        return List.copyOf(store.versions());
    }

    public List<ListEntry> searchView(String list, String imo, String name, String programme, String type,
            int limit) {
        return store.search(list, imo, name, programme, type, limit);
    }

    /**
     * Entries whose reference or type is longer than the store takes, each named by its place in the list and its
     * field: those identify an entry and cannot be shortened (long names, aliases and remarks are kept clipped).
     */
    static List<ItemError> tooLong(List<ListEntry> entries) {
        List<ItemError> errors = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size() && errors.size() < 1000; i++) {
            ListEntry e = entries.get(i);
            check(errors, i, "reference", e.entryId(), 64);
            check(errors, i, "type", e.entryType(), 32);
        }
        return errors;
    }

    private static void check(List<ItemError> errors, int index, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(ItemError.atIndex(index, field, value, "has " + value.length() + " characters; at most "
                    + max));
        }
    }

    private byte[] read(InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InvalidInputException("The list is too large", List.of(ItemError.atLine(1, null, null,
                        null, "a sanctions list may be at most " + maxBytes + " bytes")));
            }
            if (bytes.length == 0) {
                throw new InvalidInputException("The list is empty",
                        List.of(ItemError.atLine(1, null, null, null, "the body is empty")));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean looksLikeXml(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }
}
