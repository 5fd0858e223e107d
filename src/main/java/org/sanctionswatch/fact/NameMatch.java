package org.sanctionswatch.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike two names are, as an analyst compares them: in their normal form ({@link VesselNames#normalise}), their
 * numbers as a feature of their own (SPARTA 3 and SPARTA 4 are two ships, however alike their letters: 0), and their
 * letters by Jaro-Winkler similarity with the spaces taken out (CHON MYONG and CHONMYONG are one name).
 */
public final class NameMatch {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameMatch() {
    }

    /** The similarity of two normalised names, 0 to 1 (1: the same letters and numbers). */
    public static double similarity(String normalisedA, String normalisedB) {
        if (normalisedA == null || normalisedB == null || normalisedA.isEmpty() || normalisedB.isEmpty()) {
            return 0;
        }
        if (!numbers(normalisedA).equals(numbers(normalisedB))) {
            return 0;
        }
        String a = letters(normalisedA);
        String b = letters(normalisedB);
        if (a.isEmpty() || b.isEmpty()) {
            return a.equals(b) ? 1 : 0;
        }
        return Math.round(JARO_WINKLER.apply(a, b) * 1000) / 1000.0;
    }

    /** The numbers in a normalised name, in order, wherever they stand ("HWANGGUMSAN2" has 2). */
    static List<String> numbers(String normalised) {
        List<String> numbers = new ArrayList<>();
        Matcher m = DIGITS.matcher(normalised);
        while (m.find()) {
            numbers.add(m.group().replaceFirst("^0+(?=.)", ""));
        }
        return numbers;
    }

    /**
     * The letters of a normalised name, without its numbers and spaces, and with the spellings transliterations of
     * one sound disagree on written one way: PH and P (PHYONGYANG, PYONGYANG), KH and K, TH and T, a doubled or
     * Russian-style Y (VOSTOCHNYY, VOSTOCHNIY, VOSTOCHNY), and EO and O (RYEONG, RYONG).
     */
    static String letters(String normalised) {
        String letters = NOT_LETTERS.matcher(normalised).replaceAll("");
        for (String[] variant : VARIANTS) {
            letters = letters.replace(variant[0], variant[1]);
        }
        return letters;
    }

    private static final String[][] VARIANTS = {{"PH", "P"}, {"KH", "K"}, {"TH", "T"}, {"YY", "Y"}, {"IY", "Y"},
            {"EO", "O"}};

    private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[\\p{Nd}\\s]+");
}
