package org.sanctionswatch.fact;

/**
 * Where an observation comes from, graded NATO/Admiralty style: reliability of the source A (reliable) to F
 * (cannot be judged), credibility of the information 1 (confirmed) to 6 (cannot be judged).
 */
public record Source(String name, String url, String reliability, int credibility, String citation) {

    /** Shares the texts other sources repeat ({@link Canonical}). */
    public Source {
        name = Canonical.of(name);
        url = Canonical.of(url);
        reliability = Canonical.of(reliability);
        citation = Canonical.of(citation);
    }

    public String grade() {
        return reliability + credibility;
    }

    /** 1.0 for A1 down to a small value for F6; used to weigh confidence. */
    public double weight() {
        double r = switch (reliability) {
            case "A" -> 1.0;
            case "B" -> 0.85;
            case "C" -> 0.65;
            case "D" -> 0.45;
            case "E" -> 0.25;
            default -> 0.35; // F: reliability cannot be judged
        };
        double c = switch (credibility) {
            case 1 -> 1.0;
            case 2 -> 0.85;
            case 3 -> 0.65;
            case 4 -> 0.45;
            case 5 -> 0.25;
            default -> 0.35;
        };
        return r * c;
    }

    /** True when this grade is at least as good as {@code minimum} (e.g. "C3") on both scales. */
    public boolean atLeast(String minimum) {
        return atLeast(reliability, credibility, minimum);
    }

    /** The same for a grade given by its two scales. */
    static boolean atLeast(String reliability, int credibility, String minimum) {
        if (minimum == null || minimum.isBlank()) {
            return true;
        }
        return reliability.charAt(0) <= minimum.charAt(0) && credibility <= Character.getNumericValue(minimum.charAt(1));
    }
}
