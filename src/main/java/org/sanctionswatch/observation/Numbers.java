package org.sanctionswatch.observation;

import java.util.regex.Pattern;

/** Decimal numbers as text: plain digits with an optional fraction and exponent, nothing Java-specific. */
final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,30}(\\.\\d{1,30})?([eE][+-]?\\d{1,3})?");

    private Numbers() {
    }

    /** The number, or null when the text is not a plain decimal (no "NaN", "0x1p3", "12d", "1,5"). */
    static Double parse(String text) {
        String t = text.strip();
        return DECIMAL.matcher(t).matches() ? Double.valueOf(t) : null;
    }
}
