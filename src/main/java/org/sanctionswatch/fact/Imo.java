package org.sanctionswatch.fact;

/**
 * IMO numbers. A ship's number (IMO 9161003) is seven digits whose last is a check digit: the first six weighted 7
 * to 2, summed, modulo 10. A company's or registered owner's number (IMO 1790183) is seven digits from another
 * series; the two are never compared with each other.
 */
public final class Imo {

    private Imo() {
    }

    /** The seven digits of a number written with or without its "IMO" prefix, or the text as given if not that. */
    public static String digits(String text) {
        return text == null ? null : text.strip().replaceFirst("(?i)^IMO[\\s.:#-]*", "");
    }

    public static boolean sevenDigits(String digits) {
        return digits != null && digits.length() == 7 && digits.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** A ship's number from its first six digits and the check digit they call for. */
    public static String withCheckDigit(String sixDigits) {
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += (sixDigits.charAt(i) - '0') * (7 - i);
        }
        return sixDigits + sum % 10;
    }

    /** True for seven digits whose check digit is right for a ship's number. */
    public static boolean validShip(String digits) {
        if (!sevenDigits(digits)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += (digits.charAt(i) - '0') * (7 - i);
        }
        return sum % 10 == digits.charAt(6) - '0';
    }
}
