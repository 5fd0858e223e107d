package org.sanctionswatch.fact;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Derived: what one finding adds to one measure (ESCALATION or SANCTIONS) of one theatre before saturation: the
 * weight its rule has in that measure. The rules derive it undecayed (age 0), so that it stays as it is while the
 * days pass; the measure decays it by its age from Today ({@link #asOf}: halved every half-life; a finding dated after
 * Today counts as new).
 */
public record Contribution(
        String theatre,
        String measure,
        String findingKey,
        String ruleId,
        String title,
        LocalDate eventDate,
        double weight,
        long ageDays,
        double decayedWeight,
        double confidence,
        List<String> evidence) {

    public static Contribution of(Placement p, String measure, double weight) {
        Finding f = p.finding();
        return new Contribution(p.theatre(), measure, f.dedupKey(), f.ruleId(), f.title(), f.eventDate(), weight, 0,
                weight, f.confidence(), f.evidence());
    }

    static long age(LocalDate eventDate, LocalDate asOf) {
        return Math.max(0, ChronoUnit.DAYS.between(eventDate, asOf));
    }

    /** The weight halved every {@code halfLifeDays} of age, to 1/10,000. */
    static double decay(double weight, long ageDays, double halfLifeDays) {
        return Math.round(weight * Math.pow(0.5, ageDays / halfLifeDays) * 10_000) / 10_000.0;
    }

    /** The same contribution as it stood on {@code asOf}: the weight decayed by its age on that day. */
    public Contribution asOf(LocalDate asOf, double halfLifeDays) {
        long age = age(eventDate, asOf);
        return new Contribution(theatre, measure, findingKey, ruleId, title, eventDate, weight, age,
                decay(weight, age, halfLifeDays), confidence, evidence);
    }

    /** Hashes what identifies a contribution, not its evidence list. Equal contributions still hash alike. */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(theatre, measure, findingKey, decayedWeight, eventDate);
    }
}
