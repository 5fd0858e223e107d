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
    /** Invisible and control characters, which a copied name may carry inside a word. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}]+");
    private static final Pattern ROMAN = Pattern.compile("^(XXX|XX|X)?(IX|IV|V?I{0,3})$");

    private VesselNames() {
    }

    /**
     * Removes invisible and control characters, upper-cases, strips accents, drops a leading M/V, MV, M.V., M/T, MT,
     * SS or M/S, removes apostrophes, turns other punctuation into spaces, collapses spaces, and writes a Roman
     * numeral of 1 to 39 standing as a word in Arabic figures ("SPARTA IV" and "SPARTA 4" compare equal). Returns
     * null for null.
     */
    public static String normalise(String name) {
        if (name == null) {
            return null;
        }
        String s = foldLetters(INVISIBLE.matcher(name).replaceAll("")).toUpperCase(Locale.ROOT).strip();
        String withoutPrefix = PREFIX.matcher(s).replaceFirst("");
        // a vessel actually named "SS" or "MV" keeps its name
        if (!clean(withoutPrefix).isEmpty()) {
            s = withoutPrefix;
        }
        return clean(s);
    }

    private static String clean(String s) {
        String noApostrophes = APOSTROPHES.matcher(s).replaceAll("");
        String spaced = NOT_ALPHANUMERIC.matcher(noApostrophes).replaceAll(" ").strip();
        if (spaced.isEmpty()) {
            return spaced;
        }
        String[] words = spaced.split(" ");
        // a name that is one letter, such as "V", is a name, not a number
        for (int i = words.length > 1 ? 0 : words.length; i < words.length; i++) {
            words[i] = arabic(words[i]);
        }
        return String.join(" ", words);
    }

    /** A Roman numeral of 1 to 39 in Arabic figures; any other word as it is. */
    static String arabic(String word) {
        if (word.isEmpty() || !ROMAN.matcher(word).matches()) {
            return word;
        }
        int value = 0;
        for (int i = 0; i < word.length(); i++) {
            int here = digit(word.charAt(i));
            int next = i + 1 < word.length() ? digit(word.charAt(i + 1)) : 0;
            value += here < next ? -here : here;
        }
        return Integer.toString(value);
    }

    private static int digit(char c) {
        return c == 'X' ? 10 : c == 'V' ? 5 : 1;
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
