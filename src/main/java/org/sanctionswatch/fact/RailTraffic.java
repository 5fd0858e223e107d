package org.sanctionswatch.fact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Railcars counted at a border crossing on a date (for example from satellite imagery). */
public record RailTraffic(
        String id,
        String theatre,
        Source source,
        Instant reportedAt,
        String crossing,
        LocalDate date,
        int railcars,
        String direction,
        List<String> countries,
        String notes) implements Observation {

    @Override
    public ObservationType type() {
        return ObservationType.RAIL_TRAFFIC;
    }

    @Override
    public LocalDate eventDate() {
        return date;
    }

    @Override
    public List<Object> naturalKey() {
        return List.of(crossing, date, String.valueOf(direction), source.name());
    }

    @Override
    public List<String> parties() {
        return countries;
    }

    @Override
    public RailTraffic withEnvelope(String id, String theatre, Instant reportedAt) {
        return new RailTraffic(id, theatre, source, reportedAt, crossing, date, railcars, direction, countries, notes);
    }
}
