package org.sanctionswatch.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * A company on a sanctions list, as rules see it: looked up by its IMO company number or by normalised name (the
 * primary name and every alias). {@code tiedVia} is null for a listed entry; for a company a listed vessel's entry
 * names ("Linked To:"), it says which vessel entry ties it, and the company is on no list of its own.
 */
public record ListedEntity(String id, String list, String listVersion, String entryId, String name,
        List<String> normalisedNames, String imo, List<String> programmes, LocalDate listedOn, String tiedVia) {

    /** True when a company a call names is this one: by IMO company number where both have one, else by name. */
    public boolean matches(PortCall.Company company) {
        if (company == null) {
            return false;
        }
        if (company.imo() != null && imo != null) {
            return company.imo().equals(imo);
        }
        String name = company.normalisedName();
        return name != null && normalisedNames.contains(name);
    }

    /** The role of the first company of the call this one is, or null: "registered owner", "operator", "manager". */
    public String roleIn(PortCall call) {
        return call.companies().entrySet().stream().filter(e -> matches(e.getValue())).map(java.util.Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** True when the call names this company in any role. */
    public boolean behind(PortCall call) {
        return (call.owner() != null || call.operator() != null || call.manager() != null) && roleIn(call) != null;
    }

    /** True when the entry was designated after the call's date (a list that gives no date designates before). */
    public boolean designatedAfter(PortCall call) {
        return listedOn != null && listedOn.isAfter(call.arrivedOn());
    }
}
