package org.sanctionswatch.fact;

import java.util.Locale;

/** Formatting for explanations, so that rules state their numbers the same way. */
public final class Text {

    private Text() {
    }

    public static String usd(double value) {
        return String.format(Locale.ROOT, "%,.0f US$", value);
    }

    public static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f×", value);
    }

    public static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%,.2f", value);
    }

    /** The label of a period index: "2024" for annual, "2024-08" for monthly. */
    public static String period(int periodIndex, boolean monthly) {
        return monthly ? String.format(Locale.ROOT, "%04d-%02d", periodIndex / 12, periodIndex % 12 + 1)
                : Integer.toString(periodIndex);
    }
}
