package org.sanctionswatch.observation;

/** Trade periods: "2024" (annual) or "2024-08" / "202408" (monthly). */
final class Periods {

    /** A parsed period: its canonical label, whether monthly, and its index (year, or year * 12 + month - 1). */
    record Period(String label, boolean monthly, int index) {
    }

    private Periods() {
    }

    /** The period, or null when the text is not one. */
    static Period parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        int year;
        int month = 0;
        if (Patterns.is(Patterns.YEAR, t)) {
            year = Integer.parseInt(t);
        } else if (Patterns.is(Patterns.YEAR_MONTH, t)) {
            year = Integer.parseInt(t.substring(0, 4));
            month = Integer.parseInt(t.substring(5));
        } else if (Patterns.is(Patterns.YEAR_MONTH_COMPACT, t)) {
            year = Integer.parseInt(t.substring(0, 4));
            month = Integer.parseInt(t.substring(4));
        } else {
            return null;
        }
        if (year < 1900 || year > 2100) {
            return null;
        }
        if (t.length() == 4) {
            return new Period(Integer.toString(year), false, year);
        }
        if (month < 1 || month > 12) {
            return null;
        }
        return new Period(year + (month < 10 ? "-0" : "-") + month, true, year * 12 + month - 1);
    }
}
