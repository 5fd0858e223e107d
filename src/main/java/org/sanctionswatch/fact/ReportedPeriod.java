package org.sanctionswatch.fact;

/**
 * Derived: {@code reporter} published trade statistics about {@code theatre} for a period. Inserted logically once per
 * distinct value however many flows support it, so that rules over reporting gaps reason about periods, not rows.
 * {@code theatre} is null for flows outside every theatre; they still tell which periods exist at all.
 */
public record ReportedPeriod(String theatre, String reporter, boolean monthly, int periodIndex) {

    public String period() {
        return Text.period(periodIndex, monthly);
    }
}
