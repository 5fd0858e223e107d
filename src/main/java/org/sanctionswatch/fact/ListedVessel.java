package org.sanctionswatch.fact;

import java.util.List;

/**
 * A vessel on a sanctions list, as rules see it: looked up by IMO number or by normalised name (the primary name and
 * every alias, each through {@link VesselNames#normalise}). One fact per list entry; never one rule per entry.
 */
public record ListedVessel(String id, String list, String listVersion, String entryId, String name,
        List<String> normalisedNames, String imo, List<String> programmes, java.time.LocalDate listedOn) {

    public ListedVessel(String id, String list, String listVersion, String entryId, String name,
            List<String> normalisedNames, String imo, List<String> programmes) {
        this(id, list, listVersion, entryId, name, normalisedNames, imo, programmes, null);
    }

    /** True when the entry was designated after the call's date (a list that gives no date designates before). */
    public boolean designatedAfter(PortCall call) {
        return listedOn != null && listedOn.isAfter(call.arrivedOn());
    }

    /**
     * True when the call names this vessel: by IMO number where both have one (a different number is a different
     * ship, however alike the names), else by its normalised name, an alias or a former name.
     */
    public boolean matches(PortCall call) {
        if (call.imo() != null && imo != null) {
            return call.imo().equals(imo);
        }
        return normalisedNames.contains(call.normalisedName());
    }

    /**
     * How alike the call's vessel name is to this vessel's closest name, 0 to 1 ({@link NameMatch}); 0 when both have
     * IMO numbers and they differ.
     */
    public double similarity(PortCall call) {
        if (call.imo() != null && imo != null && !call.imo().equals(imo)) {
            return 0;
        }
        String name = call.normalisedName();
        return normalisedNames.stream().mapToDouble(n -> NameMatch.similarity(name, n)).max().orElse(0);
    }

    /** This vessel's name that is closest to the call's, as normalised. */
    public String closestName(PortCall call) {
        String name = call.normalisedName();
        return normalisedNames.stream().max(java.util.Comparator.comparingDouble(n -> NameMatch.similarity(name, n)))
                .orElse(this.name);
    }

    /** How the call was matched, for explanations. */
    public String matchedBy(PortCall call) {
        return call.imo() != null && imo != null ? "IMO " + imo
                : "normalised name \"" + call.normalisedName() + "\"";
    }
}
