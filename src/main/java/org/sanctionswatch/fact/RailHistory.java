package org.sanctionswatch.fact;

import java.util.Map;

/**
 * The rail counts of a crossing and direction that have left the live session (see the engine's retention): their
 * highest count and how many there were, by source grade ({@link Source#grade()}). LOG-001 compares a count with the
 * whole history of its crossing; these stand in for the counts no longer held. The engine keeps one for every
 * crossing and direction it has seen a count of, empty while nothing has left.
 */
public record RailHistory(String crossing, String direction, Map<String, Tally> byGrade) {

    /** The highest count and how many counts of one grade have left. */
    public record Tally(int max, long count) {

        public Tally and(int railcars) {
            return new Tally(count == 0 ? railcars : Math.max(max, railcars), count + 1);
        }
    }

    public RailHistory {
        byGrade = Map.copyOf(byGrade);
    }

    /** How many counts of a source at least as good as {@code minimum} have left. */
    public long countAtLeast(String minimum) {
        long count = 0;
        for (Map.Entry<String, Tally> e : byGrade.entrySet()) {
            if (atLeast(e.getKey(), minimum)) {
                count += e.getValue().count();
            }
        }
        return count;
    }

    /**
     * The highest count of the whole history of a grade at least {@code minimum}: the held counts' maximum
     * ({@code heldMax}, of {@code held} counts: none when zero) and those that have left.
     */
    public int maxWith(Number heldMax, Number held, String minimum) {
        boolean any = held.longValue() > 0;
        int max = any ? heldMax.intValue() : Integer.MIN_VALUE;
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
