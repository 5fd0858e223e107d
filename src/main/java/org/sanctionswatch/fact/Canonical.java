package org.sanctionswatch.fact;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance of each of the few values a great many facts repeat: country and commodity codes, flows,
 * periods, grades, sources, a load's instant. The records take it in their constructors, so facts share them whether they were parsed
 * from a load, read back from the store at a start or by a backtest, or copied with their envelope: a million trade
 * flows read back one by one would otherwise hold a million copies of "CHN" and of their source (about 390 bytes a
 * flow). Values past a limit of distinct ones, and long texts, are returned as they are, so the table cannot grow
 * without bound (values shared by then stay shared).
 */
final class Canonical {

    /** The table the facts share. */
    static final Canonical VALUES = new Canonical(100_000);
    private static final int LONGEST = 200;
    private final int limit;
    private final Map<Object, Object> shared = new ConcurrentHashMap<>();

    Canonical(int limit) {
        this.limit = limit;
    }

    static String of(String value) {
        return VALUES.text(value);
    }

    static Source of(Source value) {
        return value == null ? null : VALUES.share(value);
    }

    /** A load's rows without report times share the instant it was loaded at, and read back from the store too. */
    static Instant of(Instant value) {
        return value == null ? null : VALUES.share(value);
    }

    String text(String value) {
        return value == null || value.length() > LONGEST ? value : share(value);
    }

    @SuppressWarnings("unchecked")
    <T> T share(T value) {
        Object found = shared.get(value);
        if (found != null) {
            return (T) found;
        }
        if (shared.size() >= limit) {
            return value;
        }
        found = shared.putIfAbsent(value, value);
        return found == null ? value : (T) found;
    }
}
