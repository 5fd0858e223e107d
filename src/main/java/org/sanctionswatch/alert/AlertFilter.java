package org.sanctionswatch.alert;

/**
 * The filters that the list, the stream and webhook subscriptions share; null or blank means any. An event matches
 * by the alert as it is after the change.
 */
public record AlertFilter(String status, String severity, String category, String ruleId, String theatre) {

    public static final AlertFilter ANY = new AlertFilter(null, null, null, null, null);

    public AlertFilter {
        status = blankToNull(status);
        severity = blankToNull(severity);
        category = blankToNull(category);
        ruleId = blankToNull(ruleId);
        theatre = blankToNull(theatre);
    }

    public boolean matches(Alert a) {
        return same(status, a.status()) && same(severity, a.severity()) && same(category, a.category())
                && same(ruleId, a.ruleId()) && same(theatre, a.theatre());
    }

    private static boolean same(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
