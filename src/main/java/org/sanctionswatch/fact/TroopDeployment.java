package org.sanctionswatch.fact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Personnel of {@code fromCountry} reported in {@code toCountry}; role TECHNICAL, COMBAT or UNKNOWN. */
public record TroopDeployment(
        String id,
        String theatre,
        Source source,
        Instant reportedAt,
        String fromCountry,
        String toCountry,
        String location,
        int personnel,
        String role,
        LocalDate date,
        String notes) implements Observation {

    @Override
    public ObservationType type() {
        return ObservationType.TROOP_DEPLOYMENT;
    }

    @Override
    public LocalDate eventDate() {
        return date;
    }

    @Override
    public List<Object> naturalKey() {
        return List.of(fromCountry, toCountry, String.valueOf(location), date, source.name());
    }

    @Override
    public List<String> parties() {
        return List.of(fromCountry, toCountry);
    }

    @Override
    public TroopDeployment withEnvelope(String id, String theatre, Instant reportedAt) {
        return new TroopDeployment(id, theatre, source, reportedAt, fromCountry, toCountry, location, personnel, role,
                date, notes);
    }
}
