package org.sanctionswatch.fact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A vessel's call at a port. {@code imo} may be null when the report gives only a name. */
public record PortCall(
        String id,
        String theatre,
        Source source,
        Instant reportedAt,
        String vesselName,
        String imo,
        String flag,
        String port,
        String country,
        LocalDate arrivedOn,
        String notes) implements Observation {

    @Override
    public ObservationType type() {
        return ObservationType.PORT_CALL;
    }

    @Override
    public LocalDate eventDate() {
        return arrivedOn;
    }

    @Override
    public List<Object> naturalKey() {
        return List.of(imo != null ? imo : vesselName.toUpperCase(), port.toUpperCase(), arrivedOn, source.name());
    }

    @Override
    public List<String> parties() {
        return flag == null ? List.of(country) : List.of(country, flag);
    }

    /** The vessel name in normal form, for matching against sanctions lists. */
    public String normalisedName() {
        return VesselNames.normalise(vesselName);
    }

    /** The port name upper-case, for matching against watched ports. */
    public String portKey() {
        return port.strip().toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public PortCall withEnvelope(String id, String theatre, Instant reportedAt) {
        return new PortCall(id, theatre, source, reportedAt, vesselName, imo, flag, port, country, arrivedOn, notes);
    }
}
