package org.sanctionswatch.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.fact.ListedVessel;
import org.sanctionswatch.fact.PortCall;
import org.sanctionswatch.fact.Source;
import org.sanctionswatch.fact.VesselNames;

/**
 * The vessel-name matcher on a labelled set: every vessel of the published OFAC SDN list against variants of its
 * name an analyst would call the same ship (case, a vessel-type prefix, punctuation, spacing, Roman or Arabic
 * figures, an invisible character, another transliteration, one letter dropped or two swapped) and near misses that
 * are other ships (another
 * number, a number added). Precision and recall at the default threshold (LOG-003.threshold, 0.93) are stated in
 * docs/screening.md; a call of an exact or possible match counts as found.
 */
class ScreeningAccuracyTests {

    private static final Path SDN = Path.of("../shared/realdata/ofac-sdn/sdn.csv");
    private static final double THRESHOLD = 0.93;
    private static final Source SOURCE = new Source("test", null, "B", 2, null);

    record Labelled(String variant, ListedVessel vessel, boolean same, String kind) {
    }

    @Test
    void findsTheSameShipUnderItsVariantsAndNotTheNearMisses() throws Exception {
        Assumptions.assumeTrue(Files.exists(SDN), "the published OFAC SDN list is absent from " + SDN);
        List<ListEntry> entries;
        try (InputStream in = Files.newInputStream(SDN)) {
            entries = new OfacSdnParser().parse(in);
        }
        List<Labelled> pairs = new ArrayList<>();
        for (ListEntry e : entries) {
            if (!e.isVessel()) {
                continue;
            }
            List<String> names = Stream.concat(Stream.of(e.name()), e.aliases().stream()).map(VesselNames::normalise)
                    .filter(n -> n != null && !n.isEmpty()).distinct().toList();
            ListedVessel vessel = new ListedVessel(e.entryId(), "OFAC_SDN", "v1", e.entryId(), e.name(), names, null,
                    e.programmes());
            pairs.addAll(variants(e.name(), vessel));
        }

        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> missed = new ArrayList<>();
        for (Labelled p : pairs) {
            PortCall call = new PortCall("c", null, SOURCE, null, p.variant(), null, null, "Vladivostok", "RUS",
                    LocalDate.of(2024, 1, 1), null);
            boolean found = p.vessel().matches(call) || p.vessel().similarity(call) >= THRESHOLD;
            if (found && p.same()) {
                truePositives++;
            } else if (found) {
                falsePositives++;
                missed.add("false positive " + p.kind() + ": " + p.variant() + " ~ " + p.vessel().name());
            } else if (p.same()) {
                falseNegatives++;
                missed.add("missed " + p.kind() + ": " + p.variant() + " ~ " + p.vessel().name());
            }
        }
        double precision = (double) truePositives / (truePositives + falsePositives);
        double recall = (double) truePositives / (truePositives + falseNegatives);
        System.out.printf(Locale.ROOT, "screening: %d pairs (%d same ship), precision %.4f, recall %.4f%n",
                pairs.size(), pairs.stream().filter(Labelled::same).count(), precision, recall);
        missed.stream().limit(15).forEach(System.out::println);

        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.99);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.95);
    }

    /** The variants of a listed name: the same ship written otherwise, and other ships with alike names. */
    static List<Labelled> variants(String name, ListedVessel vessel) {
        List<Labelled> out = new ArrayList<>();
        String lower = name.toLowerCase(Locale.ROOT);
        out.add(new Labelled("m/v " + lower, vessel, true, "case and prefix"));
        out.add(new Labelled(name.replace(' ', '-') + ".", vessel, true, "punctuation"));
        out.add(new Labelled(name.replace(" ", ""), vessel, true, "spacing"));
        out.add(new Labelled(name.length() > 2 ? name.substring(0, 2) + "\u200B" + name.substring(2) : name, vessel,
                true, "invisible character"));
        String[] words = name.split(" ");
        String last = words[words.length - 1];
        if (last.matches("[0-9]{1,2}") && Integer.parseInt(last) > 0 && Integer.parseInt(last) < 40) {
            out.add(new Labelled(name.substring(0, name.length() - last.length()) + roman(Integer.parseInt(last)),
                    vessel, true, "Roman figures"));
            out.add(new Labelled(name.substring(0, name.length() - last.length()) + (Integer.parseInt(last) + 1),
                    vessel, false, "another number"));
        } else {
            out.add(new Labelled(name + " 2", vessel, false, "a number added"));
        }
        String transliterated = name.replace("PYONG", "PHYONG").replace("RYONG", "RYEONG").replace("HYON", "HYEON")
                .replaceAll("NY\\b", "NYY").replace("KUM", "KHUM");
        if (!transliterated.equals(name)) {
            out.add(new Labelled(transliterated, vessel, true, "transliteration"));
        }
        String letters = name.replaceAll("[^A-Za-z]", "");
        if (letters.length() >= 8) {
            int at = name.indexOf(letters.charAt(letters.length() / 2), name.length() / 3);
            if (at > 0 && at < name.length() - 1 && Character.isLetter(name.charAt(at + 1))) {
                out.add(new Labelled(name.substring(0, at) + name.substring(at + 1), vessel, true, "a letter dropped"));
                out.add(new Labelled(name.substring(0, at) + name.charAt(at + 1) + name.charAt(at)
                        + name.substring(at + 2), vessel, true, "two letters swapped"));
            }
        }
        return out;
    }

    private static String roman(int n) {
        String[] tens = {"", "X", "XX", "XXX"};
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return tens[n / 10] + ones[n % 10];
    }
}
