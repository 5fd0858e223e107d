package org.sanctionswatch.fact;

import java.util.List;

/**
 * A vessel on a sanctions list, as rules see it: looked up by IMO number or by normalised name (the primary name and
 * every alias, each through {@link VesselNames#normalise}). One fact per list entry; never one rule per entry.
 */
public record ListedVessel(String id, String list, String listVersion, String entryId, String name,
        List<String> normalisedNames, String imo, List<String> programmes) {

    /** True when the call names this vessel: by IMO where the call has one, else by normalised name. */
    public boolean matches(PortCall call) {
        if (call.imo() != null) {
            return call.imo().equals(imo);
        }
        return normalisedNames.contains(call.normalisedName());
    }

    /** How the call was matched, for explanations. */
    public String matchedBy(PortCall call) {
        return call.imo() != null ? "IMO " + imo : "normalised name \"" + call.normalisedName() + "\"";
    }
}
