package org.sanctionswatch.fact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A vessel's call at a port. {@code imo} (the ship's number, seven digits) may be null when the report gives only a
 * name; {@code mmsi}, {@code callSign} and the vessel's registered owner, operator and manager (names and IMO company
 * numbers) are optional.
 */
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
        String notes,
        String mmsi,
        String callSign,
        Company owner,
        Company operator,
        Company manager) implements Observation {

    /** A company behind a vessel: its name and, where known, its IMO company number. */
    public record Company(String name, String imo) {

        public static Company of(String name, String imo) {
            return name == null && imo == null ? null : new Company(name, imo);
        }

        public String normalisedName() {
            return VesselNames.normalise(name);
        }
    }

    /** A call reported with the vessel's name, number, flag, port, country and date only. */
    public PortCall(String id, String theatre, Source source, Instant reportedAt, String vesselName, String imo,
            String flag, String port, String country, LocalDate arrivedOn, String notes) {
        this(id, theatre, source, reportedAt, vesselName, imo, flag, port, country, arrivedOn, notes, null, null, null,
                null, null);
    }

    /** The companies the call names: owner, operator, manager, each with its role. */
    public java.util.Map<String, Company> companies() {
        java.util.Map<String, Company> all = new java.util.LinkedHashMap<>();
        if (owner != null) {
            all.put("registered owner", owner);
        }
        if (operator != null) {
            all.put("operator", operator);
        }
        if (manager != null) {
            all.put("manager", manager);
        }
        return all;
    }

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

    @Override
    public PortCall withEnvelope(String id, String theatre, Instant reportedAt) {
        return new PortCall(id, theatre, source, reportedAt, vesselName, imo, flag, port, country, arrivedOn, notes,
                mmsi, callSign, owner, operator, manager);
    }
}
