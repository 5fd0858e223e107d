package org.sanctionswatch.fact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance of each of the few values a great many trade flows repeat: country and commodity codes, flows,
 * periods, theatres, source names and sources. The records take it in their constructors, so facts share them whether
 * they were parsed from a load, read back from the store at a start or by a backtest, or copied with their envelope:
 * a million trade flows read back one by one would otherwise hold a million copies of "CHN" and of their source.
 * Long texts, and sources that carry one, are returned as they are. The table is bounded: once it holds its limit of
 * distinct values it starts over, so a stream of values seen once cannot grow it, and values met again are shared
 * anew (facts built before keep the instances they have).
 */
final class Canonical {

    /** The table the facts share. */
    static final Canonical VALUES = new Canonical(100_000);
    static final int LONGEST = 200;
    private final int limit;
    private final Map<Object, Object> shared = new ConcurrentHashMap<>();

    Canonical(int limit) {
        this.limit = limit;
    }

    static String of(String value) {
        return VALUES.text(value);
    }

    static Source of(Source value) {
        return value == null || longer(value.url()) || longer(value.citation()) ? value : VALUES.share(value);
    }

    String text(String value) {
        return value == null || longer(value) ? value : share(value);
    }

    private static boolean longer(String text) {
        return text != null && text.length() > LONGEST;
    }

    @SuppressWarnings("unchecked")
    <T> T share(T value) {
        Object found = shared.get(value);
        if (found != null) {
            return (T) found;
        }
        if (shared.size() >= limit) {
            shared.clear();
        }
        found = shared.putIfAbsent(value, value);
        return found == null ? value : (T) found;
    }
}
