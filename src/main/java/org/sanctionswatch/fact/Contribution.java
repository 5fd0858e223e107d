package org.sanctionswatch.fact;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Derived: what one finding adds to its theatre's escalation score. {@code weight} comes from the rule's parameter;
 * {@code decayedWeight} = weight × 0.5^(ageDays / half-life), age measured from the theatre's clock.
 */
public record Contribution(
        String theatre,
        String findingKey,
        String ruleId,
        String title,
        LocalDate eventDate,
        double weight,
        long ageDays,
        double decayedWeight,
        double confidence,
        List<String> evidence) {

    public static Contribution of(Finding f, double weight, LocalDate clock, double halfLifeDays) {
        long age = Math.max(0, ChronoUnit.DAYS.between(f.eventDate(), clock));
        double decayed = weight * Math.pow(0.5, age / halfLifeDays);
        return new Contribution(f.theatre(), f.dedupKey(), f.ruleId(), f.title(), f.eventDate(), weight, age,
                Math.round(decayed * 10_000) / 10_000.0, f.confidence(), f.evidence());
    }

    /**
     * Hashes what identifies a contribution, not its evidence list: the level rule hashes every contribution of a
     * theatre each time one changes, and evidence lists can be long. Equal contributions still hash alike.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(findingKey, decayedWeight, eventDate);
    }
}
