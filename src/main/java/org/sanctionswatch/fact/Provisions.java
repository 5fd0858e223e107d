package org.sanctionswatch.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The provisions alerts cite, as the table in {@code rules/provisions.json} has them: a resolution or order, its
 * paragraph, a one-line summary in the project's words, and where to read it. An entry that is no breach
 * ({@code breach} false) says why what a rule watches is a lead, not a breach (HS 2713 is watched, not banned).
 */
public final class Provisions {

    /** The file, in the rules folder. */
    public static final String FILE = "provisions.json";
    public static final Provisions NONE = new Provisions(List.of());

    /** One provision. */
    public record Provision(String id, String instrument, String paragraph, String summary, String url,
            boolean breach) {

        String cited() {
            if (!breach) {
                return "Not itself a breach: " + summary;
            }
            return instrument + (paragraph == null || paragraph.isBlank() ? "" : " " + paragraph) + ": " + summary
                    + (url == null || url.isBlank() ? "" : " (" + url + ")");
        }
    }

    private final Map<String, Provision> byId = new LinkedHashMap<>();

    public Provisions(List<Provision> provisions) {
        provisions.forEach(p -> byId.put(p.id(), p));
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    /** The ids a parameter lists ("UNSCR-1718-8;UNSCR-1874-9"), in order. */
    public static List<String> idsIn(String list) {
        List<String> ids = new ArrayList<>();
        if (list != null) {
            for (String id : list.split(";")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
        return ids;
    }

    /** The provisions a parameter lists, in words, for an alert. */
    public String cite(String ids) {
        return idsIn(ids).stream().map(id -> byId.containsKey(id) ? byId.get(id).cited() : "unknown provision " + id)
                .collect(Collectors.joining("; "));
    }

    /**
     * What a watched commodity's trade concerns: the provisions its watchlist entry names, or, for goods watched but
     * not banned, that a finding is a lead and not a breach.
     */
    public String forWatched(WatchedCommodity w) {
        if (w.provision() != null && !w.provision().isBlank()) {
            return cite(w.provision());
        }
        return "Not itself a breach: no provision in the table bans HS " + w.hsPrefix() + "; it is watched ("
                + w.rationale() + "), so this is a lead for analysis.";
    }
}
