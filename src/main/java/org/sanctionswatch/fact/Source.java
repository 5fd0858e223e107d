package org.sanctionswatch.fact;

/**
 * Where an observation comes from, graded NATO/Admiralty style: reliability of the source A (reliable) to F
 * (cannot be judged), credibility of the information 1 (confirmed) to 6 (cannot be judged). {@code relays} names the
 * original source a report passes on (a think tank citing a government statement relays that statement), or is
 * null for a source of its own: two reports that relay one origin are one source, not two that corroborate.
 */
public record Source(String name, String url, String reliability, int credibility, String citation, String relays) {

    /** Shares the texts other sources repeat ({@link Canonical}). */
    public Source {
        name = Canonical.of(name);
        url = Canonical.of(url);
        reliability = Canonical.of(reliability);
        citation = Canonical.of(citation);
        relays = relays == null || relays.isBlank() ? null : Canonical.of(relays.strip());
    }

    /** A source of its own, relaying no other. */
    public Source(String name, String url, String reliability, int credibility, String citation) {
        this(name, url, reliability, credibility, citation, null);
    }

    /** The source this report's information comes from: what it relays, else itself. */
    public String origin() {
        return relays != null ? relays : name;
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

    /** True when a grade written "B2" is at least as good as {@code minimum} on both scales. */
    public static boolean gradeAtLeast(String grade, String minimum) {
        return atLeast(grade.substring(0, 1), Character.getNumericValue(grade.charAt(1)), minimum);
    }

    /** The same for a grade given by its two scales. */
    static boolean atLeast(String reliability, int credibility, String minimum) {
        if (minimum == null || minimum.isBlank()) {
            return true;
        }
        return reliability.charAt(0) <= minimum.charAt(0) && credibility <= Character.getNumericValue(minimum.charAt(1));
    }
}
