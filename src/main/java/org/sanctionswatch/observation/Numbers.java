package org.sanctionswatch.observation;

/** Decimal numbers as text: plain digits with an optional fraction and exponent, nothing Java-specific. */
final class Numbers {

    private Numbers() {
    }

    /** The number, or null when the text is not a plain decimal (no "NaN", "0x1p3", "12d", "1,5"). */
    static Double parse(String text) {
        String t = text.strip();
        return Patterns.is(Patterns.DECIMAL, t) ? Double.valueOf(t) : null;
    }
}
