package org.sanctionswatch.fact;

import java.util.List;

/**
 * An HS code prefix under watch, with the reason it is watched and the provisions its trade may breach (ids in the
 * provisions table, separated by ";"; none for goods watched but not banned). When {@code countries} is not empty,
 * only flows with one of them as reporter or partner are judged.
 */
public record WatchedCommodity(String hsPrefix, String rationale, List<String> countries, String provision) {

    public WatchedCommodity(String hsPrefix, String rationale, List<String> countries) {
        this(hsPrefix, rationale, countries, null);
    }

    public boolean covers(String commodity, String reporter, String partner) {
        return commodity.startsWith(hsPrefix)
                && (countries.isEmpty() || countries.contains(reporter) || countries.contains(partner));
    }
}
