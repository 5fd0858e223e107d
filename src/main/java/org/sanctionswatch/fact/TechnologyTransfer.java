package org.sanctionswatch.fact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A reported transfer of military technology in a domain such as ICBM, NUCLEAR_SUBMARINE, SPACE or AIR_DEFENCE. */
public record TechnologyTransfer(
        String id,
        String theatre,
        Source source,
        Instant reportedAt,
        String fromCountry,
        String toCountry,
        String domain,
        LocalDate date,
        String notes) implements Observation {

    @Override
    public ObservationType type() {
        return ObservationType.TECHNOLOGY_TRANSFER;
    }

    @Override
    public LocalDate eventDate() {
        return date;
    }

    @Override
    public List<Object> naturalKey() {
        return List.of(fromCountry, toCountry, domain, date, source.name());
    }

    @Override
    public List<String> parties() {
        return List.of(fromCountry, toCountry);
    }

    @Override
    public TechnologyTransfer withEnvelope(String id, String theatre, Instant reportedAt) {
        return new TechnologyTransfer(id, theatre, source, reportedAt, fromCountry, toCountry, domain, date, notes);
    }
}
