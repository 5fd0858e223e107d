package org.sanctionswatch.observation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic (seeded) generator of realistic synthetic observation sets, for benchmarks: monthly trade series
 * (many reporter-partner-commodity series, a few with a surge), rail counts, port calls, troop and munitions reports.
 * Everything it writes is labelled synthetic in the source name.
 */
public final class SyntheticData {

    static final String[] COUNTRIES = {"CHN", "RUS", "PRK", "KOR", "JPN", "USA", "DEU", "FRA", "IND", "BRA", "TUR",
        "IRN", "VNM", "THA", "MNG", "KAZ", "UZB", "SGP", "MYS", "IDN"};

    private SyntheticData() {
    }

    /**
     * {@code rows} TRADE_FLOW rows in the service's own CSV layout: series of 60 months (2020-01..2024-12), each a
     * reporter, partner, flow and HS code; about one series in 50 surges 3× in its last months.
     */
    public static Path trade(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("type,sourceName,reliability,credibility,reporter,partner,flow,commodity,period,valueUsd\n");
            int written = 0;
            for (int series = 0; written < rows; series++) {
                // Every series a distinct (reporter, partner, flow, HS code): 20 x 19 pairs, 2 flows, 7,000 codes from 2701.
                int pair = series % 380;
                String reporter = COUNTRIES[pair / 19];
                String partner = COUNTRIES[(pair / 19 + 1 + pair % 19) % COUNTRIES.length];
                String flow = (series / 380) % 2 == 0 ? "EXPORT" : "IMPORT";
                String hs = String.format(Locale.ROOT, "%04d", 2701 + (series / 760) % 7000);
                // Mirror series (A's exports to B, B's imports from A) share a base, as real statistics roughly do.
                String low = reporter.compareTo(partner) < 0 ? reporter : partner;
                String high = low.equals(reporter) ? partner : reporter;
                double base = 50_000 + Math.floorMod((low + high + hs).hashCode(), 2_000_000);
                boolean surge = random.nextInt(50) == 0;
                for (int m = 0; m < 60 && written < rows; m++) {
                    double value = base * (0.9 + 0.2 * random.nextDouble()) * (surge && m >= 57 ? 3.5 : 1);
                    w.write(String.format(Locale.ROOT, "TRADE_FLOW,Synthetic benchmark,B,2,%s,%s,%s,%s,%d-%02d,%.0f%n",
                            reporter, partner, flow, hs, 2020 + m / 12, m % 12 + 1, value));
                    written++;
                }
            }
        }
        return file;
    }

    /** Event reports as NDJSON: rail counts, port calls, troop and munitions reports, {@code count} in all. */
    public static Path events(Path file, int count, long seed) throws IOException {
        Random random = new Random(seed);
        String source = "\"source\":{\"name\":\"Synthetic benchmark\",\"reliability\":\"C\",\"credibility\":3}";
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < count; i++) {
                String date = java.time.LocalDate.of(2023, 1, 1).plusDays(i % 700).toString();
                String line = switch (i % 4) {
                    case 0 -> "{\"type\":\"RAIL_TRAFFIC\",\"crossing\":\"CROSSING-" + (i % 5) + "\",\"date\":\"" + date
                            + "\",\"railcars\":" + (10 + random.nextInt(40)) + ",\"direction\":\"PRK->RUS\"," + source
                            + "}";
                    case 1 -> "{\"type\":\"PORT_CALL\",\"vesselName\":\"SYNTHETIC " + (i % 300) + "\",\"imo\":\""
                            + org.sanctionswatch.fact.Imo.withCheckDigit(Integer.toString(900_000 + i % 300))
                            + "\",\"flag\":\"PAN\",\"port\":\"Vostochny\",\"country\":\"RUS\","
                            + "\"arrivedOn\":\"" + date + "\"," + source + "}";
                    case 2 -> "{\"type\":\"TROOP_DEPLOYMENT\",\"fromCountry\":\"PRK\",\"toCountry\":\"RUS\","
                            + "\"location\":\"Site " + (i % 50) + "\",\"personnel\":" + (100 + random.nextInt(900))
                            + ",\"role\":\"UNKNOWN\",\"date\":\"" + date + "\"," + source + "}";
                    default -> "{\"type\":\"MUNITIONS_TRANSFER\",\"fromCountry\":\"PRK\",\"toCountry\":\"RUS\","
                            + "\"category\":\"ARTILLERY_SHELL\",\"calibreMm\":152,\"quantity\":"
                            + (1000 + random.nextInt(5000)) + ",\"unit\":\"ROUNDS\",\"date\":\"" + date + "\"," + source
                            + "}";
                };
                w.write(line);
                w.write('\n');
            }
        }
        return file;
    }
}
