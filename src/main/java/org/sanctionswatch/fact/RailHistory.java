package org.sanctionswatch.fact;

import java.util.Map;

/**
 * The history of one rail count ({@code countId}): every count of the same crossing and direction dated before it,
 * as its highest count and how many there were, by source grade ({@link Source#grade()}). The engine keeps one per
 * count, counts that have left the session (see the engine's retention) included, and brings it up to date when an
 * earlier count arrives late or is revised. LOG-001 compares a count with this instead of joining it with every
 * earlier count, which held a pair of tuples for every two counts of a crossing: memory that grew with the square of
 * a crossing's history.
 */
public record RailHistory(String countId, Map<String, Tally> byGrade) {

    /** The highest count and how many counts of one grade. */
    public record Tally(int max, long count) {

        public Tally and(int railcars) {
            return new Tally(count == 0 ? railcars : Math.max(max, railcars), count + 1);
        }
    }

    public RailHistory {
        byGrade = Map.copyOf(byGrade);
    }

    /** How many earlier counts have a source at least as good as {@code minimum}. */
    public long countAtLeast(String minimum) {
        long count = 0;
        for (Map.Entry<String, Tally> e : byGrade.entrySet()) {
            if (atLeast(e.getKey(), minimum)) {
                count += e.getValue().count();
            }
        }
        return count;
    }

    /** The highest earlier count of a source at least as good as {@code minimum} ({@link Integer#MIN_VALUE}: none). */
    public int maxAtLeast(String minimum) {
        int max = Integer.MIN_VALUE;
        for (Map.Entry<String, Tally> e : byGrade.entrySet()) {
            if (atLeast(e.getKey(), minimum) && e.getValue().count() > 0) {
                max = Math.max(max, e.getValue().max());
            }
        }
        return max;
    }

    private static boolean atLeast(String grade, String minimum) {
        return Source.atLeast(grade.substring(0, 1), grade.charAt(1) - '0', minimum);
    }
}
