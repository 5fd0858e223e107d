package org.sanctionswatch.fact;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normal form of a vessel name for comparison: "m/v Lady R." and "LADY R" compare equal. */
public final class VesselNames {

    // Punctuated forms (M/V, M.V., M/T, M/S, S.S.) may run straight into the name; bare MV, MT, SS must stand alone.
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:M\\s*[/.]\\s*[VTS](?:\\.|(?![\\p{L}\\p{N}]))|S\\.\\s*S\\.|(?:MV|MT|SS)(?![\\p{L}\\p{N}]))");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02BC`\u00B4]");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

    private VesselNames() {
    }

    /**
     * Upper-cases, strips accents, drops a leading M/V, MV, M.V., M/T, MT, SS or M/S, removes apostrophes,
     * turns other punctuation into spaces and collapses spaces. Returns null for null.
     */
    public static String normalise(String name) {
        if (name == null) {
            return null;
        }
        String s = foldLetters(name).toUpperCase(Locale.ROOT).strip();
        String withoutPrefix = PREFIX.matcher(s).replaceFirst("");
        // a vessel actually named "SS" or "MV" keeps its name
        if (!clean(withoutPrefix).isEmpty()) {
            s = withoutPrefix;
        }
        return clean(s);
    }

    private static String clean(String s) {
        String noApostrophes = APOSTROPHES.matcher(s).replaceAll("");
        return NOT_ALPHANUMERIC.matcher(noApostrophes).replaceAll(" ").strip();
    }

    private static String foldLetters(String s) {
        String decomposed = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            // letters that Unicode does not decompose into base letter plus accent
            switch (c) {
                case '\u00D8', '\u00F8' -> out.append('O');
                case '\u00C6', '\u00E6' -> out.append("AE");
                case '\u0152', '\u0153' -> out.append("OE");
                case '\u0141', '\u0142' -> out.append('L');
                case '\u0110', '\u0111' -> out.append('D');
                case '\u00DE', '\u00FE' -> out.append("TH");
                case '\u0131' -> out.append('I');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
