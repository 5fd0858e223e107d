package org.sanctionswatch.watchlist;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One designation from a published sanctions list, reduced to the fields the service matches on.
 *
 * @param list       {@link #OFAC_SDN} or {@link #UN_CONSOLIDATED}
 * @param entryId    the list's own identifier: OFAC ent_num, UN reference number (e.g. "KPe.020")
 * @param name       primary name as published
 * @param aliases    alternative names, never null
 * @param entryType  VESSEL, INDIVIDUAL, ENTITY, AIRCRAFT or another upper-cased type
 * @param programmes OFAC programme codes, or the UN list type (e.g. "DPRK"); never null
 * @param listedOn   date of listing (UN only), or null
 * @param imo        seven-digit IMO number, or null
 * @param flag       flag state as published, or null
 * @param vesselType vessel type as published, or null
 * @param remarks    free-text remarks, or null
 */
public record ListEntry(
        String list,
        String entryId,
        String name,
        List<String> aliases,
        String entryType,
        List<String> programmes,
        LocalDate listedOn,
        String imo,
        String flag,
        String vesselType,
        String remarks) {

    public static final String OFAC_SDN = "OFAC_SDN";
    public static final String UN_CONSOLIDATED = "UN_CONSOLIDATED";

    public static final String VESSEL = "VESSEL";
    public static final String INDIVIDUAL = "INDIVIDUAL";
    public static final String ENTITY = "ENTITY";
    public static final String AIRCRAFT = "AIRCRAFT";

    public ListEntry {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entryType, "entryType");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        programmes = programmes == null ? List.of() : List.copyOf(programmes);
    }

    /** True when any programme starts with the given prefix, e.g. "DPRK" matches "DPRK3". */
    public boolean inProgramme(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return false;
        }
        return programmes.stream().anyMatch(p -> p.startsWith(prefix));
    }

    public boolean isVessel() {
        return VESSEL.equals(entryType);
    }
}
