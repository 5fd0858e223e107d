package org.sanctionswatch.observation;

import java.util.regex.Pattern;

/** The shapes of codes, compiled once: parsing runs them on every row. */
final class Patterns {

    static final Pattern ALPHA3 = Pattern.compile("[A-Za-z]{3}");
    static final Pattern COUNTRY_CODE = Pattern.compile("\\d{1,4}");
    static final Pattern ISO_CELL = Pattern.compile("[A-Z0-9_]{1,4}");
    static final Pattern HS_CODE = Pattern.compile("\\d{2}(\\d{2}){0,4}");
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    static final Pattern IMO = Pattern.compile("\\d{7}");
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    static final Pattern RELIABILITY = Pattern.compile("[A-Fa-f]");
    static final Pattern CREDIBILITY = Pattern.compile("[1-6]");
    static final Pattern YEAR = Pattern.compile("\\d{4}");
    static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    static final Pattern YEAR_MONTH_COMPACT = Pattern.compile("\\d{6}");

    private Patterns() {
    }

    static boolean is(Pattern pattern, String text) {
        return pattern.matcher(text).matches();
    }
}
