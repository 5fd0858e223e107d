package org.sanctionswatch.fact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Munitions moved from one state to another: rounds, containers or missiles. */
public record MunitionsTransfer(
        String id,
        String theatre,
        Source source,
        Instant reportedAt,
        String fromCountry,
        String toCountry,
        String category,
        Integer calibreMm,
        double quantity,
        String unit,
        LocalDate date,
        String notes) implements Observation {

    @Override
    public ObservationType type() {
        return ObservationType.MUNITIONS_TRANSFER;
    }

    @Override
    public LocalDate eventDate() {
        return date;
    }

    @Override
    public List<Object> naturalKey() {
        return List.of(fromCountry, toCountry, category, String.valueOf(calibreMm), unit, date, source.name());
    }

    @Override
    public List<String> parties() {
        return List.of(fromCountry, toCountry);
    }

    @Override
    public MunitionsTransfer withEnvelope(String id, String theatre, Instant reportedAt) {
        return new MunitionsTransfer(id, theatre, source, reportedAt, fromCountry, toCountry, category, calibreMm,
                quantity, unit, date, notes);
    }
}
