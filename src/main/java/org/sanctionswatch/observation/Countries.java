package org.sanctionswatch.observation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Country codes: ISO 3166 alpha-3, and the UN Comtrade numeric codes (with their ISO code where Comtrade gives one;
 * areas such as 490 "Other Asia, nes" have none and keep their number).
 */
final class Countries {

    private static final Countries INSTANCE = load();

    private final Map<String, String> isoByCode;
    private final Set<String> iso;

    private Countries(Map<String, String> isoByCode, Set<String> iso) {
        this.isoByCode = isoByCode;
        this.iso = iso;
    }

    static Countries get() {
        return INSTANCE;
    }

    /** The canonical code of a country given as alpha-3 or Comtrade number, or null when unknown. */
    String normalise(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (Patterns.is(Patterns.ALPHA3, v)) {
            String upper = v.toUpperCase(Locale.ROOT);
            return iso.contains(upper) ? upper : null;
        }
        if (Patterns.is(Patterns.COUNTRY_CODE, v)) {
            String code = Integer.toString(Integer.parseInt(v));
            String mapped = isoByCode.get(code);
            if (mapped == null) {
                return null;
            }
            return mapped.isEmpty() ? code : mapped;
        }
        return null;
    }

    /** For published Comtrade rows: the ISO column where filled, else the numeric code. */
    static String fromComtrade(String iso, String code) {
        if (iso != null && !iso.isBlank()) {
            return iso.strip();
        }
        return code == null || code.isBlank() ? null : code.strip();
    }

    private static Countries load() {
        Map<String, String> byCode = new HashMap<>();
        Set<String> iso = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        iso.add("WLD");
        try (InputStream in = Countries.class.getResourceAsStream("/comtrade-countries.csv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            CsvReader csv = new CsvReader(reader);
            csv.next();
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                byCode.put(row.get(0), row.get(1));
                if (!row.get(1).isEmpty()) {
                    iso.add(row.get(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Countries(Map.copyOf(byCode), Set.copyOf(iso));
    }
}
