package org.sanctionswatch.fact;

import java.util.List;

/**
 * An HS code prefix under watch, with the reason it is watched. When {@code countries} is not empty, only flows with
 * one of them as reporter or partner are judged.
 */
public record WatchedCommodity(String hsPrefix, String rationale, List<String> countries) {

    public boolean covers(String commodity, String reporter, String partner) {
        return commodity.startsWith(hsPrefix)
                && (countries.isEmpty() || countries.contains(reporter) || countries.contains(partner));
    }
}
