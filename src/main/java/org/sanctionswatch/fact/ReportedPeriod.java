package org.sanctionswatch.fact;

import java.util.Set;

/**
 * {@code reporter} published trade statistics about {@code theatre} for a period, with sources of these grades
 * ({@link Source#grade()}). The engine keeps one per period while any trade flow of it is in the session (rules
 * over reporting gaps reason about periods, not rows); {@code theatre} is null for flows outside every theatre,
 * which still tell which periods exist at all.
 */
public record ReportedPeriod(String theatre, String reporter, boolean monthly, int periodIndex, Set<String> grades) {

    public ReportedPeriod {
        grades = Set.copyOf(grades);
    }

    public String period() {
        return Text.period(periodIndex, monthly);
    }

    /** True when a flow of the period has a source at least as good as {@code minimum} ({@link Source#atLeast}). */
    public boolean atLeast(String minimum) {
        for (String grade : grades) {
            if (Source.atLeast(grade.substring(0, 1), grade.charAt(1) - '0', minimum)) {
                return true;
            }
        }
        return false;
    }
}
