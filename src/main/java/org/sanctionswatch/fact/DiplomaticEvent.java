package org.sanctionswatch.fact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A diplomatic step: a treaty signed, a UNSC veto, a UNGA vote, a monitoring body created. */
public record DiplomaticEvent(
        String id,
        String theatre,
        Source source,
        Instant reportedAt,
        String kind,
        List<String> parties,
        LocalDate date,
        String reference,
        String notes) implements Observation {

    @Override
    public ObservationType type() {
        return ObservationType.DIPLOMATIC_EVENT;
    }

    @Override
    public LocalDate eventDate() {
        return date;
    }

    @Override
    public List<Object> naturalKey() {
        return List.of(kind, date, String.valueOf(reference), source.name());
    }

    @Override
    public DiplomaticEvent withEnvelope(String id, String theatre, Instant reportedAt) {
        return new DiplomaticEvent(id, theatre, source, reportedAt, kind, parties, date, reference, notes);
    }
}
