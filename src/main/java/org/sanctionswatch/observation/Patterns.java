package org.sanctionswatch.observation;

import java.util.function.Predicate;

/**
 * The shapes of codes. Parsing checks several on every row, and a regular expression's matcher cost more than the
 * row's other checks together, so each shape is checked by hand; it keeps the regular expression it stands for, and
 * the tests hold the check to it.
 */
final class Patterns {

    /** A shape of text: the regular expression it stands for, and a check that accepts exactly what that matches. */
    record Shape(String regex, Predicate<String> check) {
    }

    static final Shape ALPHA3 = new Shape("[A-Za-z]{3}", s -> s.length() == 3 && all(s, 0, 3, Patterns::letter));
    static final Shape COUNTRY_CODE = new Shape("\\d{1,4}", s -> digits(s, 1, 4));
    static final Shape ISO_CELL = new Shape("[A-Z0-9_]{1,4}",
            s -> s.length() >= 1 && s.length() <= 4 && all(s, 0, s.length(), Patterns::upperDigitOrUnderscore));
    static final Shape HS_CODE = new Shape("\\d{2}(\\d{2}){0,4}", s -> s.length() % 2 == 0 && digits(s, 2, 10));
    static final Shape ID = new Shape("[A-Za-z0-9._:-]{1,100}", s -> s.length() >= 1 && s.length() <= 100
            && all(s, 0, s.length(), c -> letter(c) || digit(c) || c == '.' || c == '_' || c == ':' || c == '-'));
    static final Shape IMO = new Shape("\\d{7}", s -> digits(s, 7, 7));
    static final Shape CODE = new Shape("[A-Z][A-Z0-9_]{0,39}", s -> s.length() >= 1 && s.length() <= 40
            && upper(s.charAt(0)) && all(s, 1, s.length(), Patterns::upperDigitOrUnderscore));
    static final Shape RELIABILITY = new Shape("[A-Fa-f]", s -> s.length() == 1
            && (s.charAt(0) >= 'A' && s.charAt(0) <= 'F' || s.charAt(0) >= 'a' && s.charAt(0) <= 'f'));
    static final Shape CREDIBILITY = new Shape("[1-6]",
            s -> s.length() == 1 && s.charAt(0) >= '1' && s.charAt(0) <= '6');
    static final Shape YEAR = new Shape("\\d{4}", s -> digits(s, 4, 4));
    static final Shape YEAR_MONTH = new Shape("\\d{4}-\\d{2}", s -> s.length() == 7 && s.charAt(4) == '-'
            && all(s, 0, 4, Patterns::digit) && all(s, 5, 7, Patterns::digit));
    static final Shape YEAR_MONTH_COMPACT = new Shape("\\d{6}", s -> digits(s, 6, 6));
    /** A plain decimal: digits with an optional fraction and exponent, nothing Java-specific. */
    static final Shape DECIMAL = new Shape("[+-]?\\d{1,30}(\\.\\d{1,30})?([eE][+-]?\\d{1,3})?", Patterns::decimal);

    private Patterns() {
    }

    static boolean is(Shape shape, String text) {
        return shape.check().test(text);
    }

    /** A test of one character. */
    @FunctionalInterface
    private interface CharTest {
        boolean test(char c);
    }

    private static boolean all(String s, int from, int to, CharTest test) {
        for (int i = from; i < to; i++) {
            if (!test.test(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Between {@code min} and {@code max} ASCII digits, nothing else ({@code \d} matches only those). */
    private static boolean digits(String s, int min, int max) {
        return s.length() >= min && s.length() <= max && all(s, 0, s.length(), Patterns::digit);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean letter(char c) {
        return upper(c) || c >= 'a' && c <= 'z';
    }

    private static boolean upperDigitOrUnderscore(char c) {
        return upper(c) || digit(c) || c == '_';
    }

    private static boolean decimal(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int run = digitRun(s, i);
        if (run < 1 || run > 30) {
            return false;
        }
        i += run;
        if (i < n && s.charAt(i) == '.') {
            run = digitRun(s, ++i);
            if (run < 1 || run > 30) {
                return false;
            }
            i += run;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            run = digitRun(s, i);
            if (run < 1 || run > 3) {
                return false;
            }
            i += run;
        }
        return i == n;
    }

    private static int digitRun(String s, int from) {
        int i = from;
        while (i < s.length() && digit(s.charAt(i))) {
            i++;
        }
        return i - from;
    }
}
