package org.sanctionswatch.watchlist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sanctionswatch.fact.Imo;
import org.sanctionswatch.fact.ListedEntity;
import org.sanctionswatch.fact.ListedVessel;
import org.sanctionswatch.fact.NameMatch;
import org.sanctionswatch.fact.VesselNames;
import org.sanctionswatch.rules.RuleEngine;
import org.springframework.stereotype.Service;

/**
 * Screening on demand: the listed vessels or companies a name or number would match, as the rules match a port call
 * (identifiers first, then names in normal form, then names alike above LOG-003.threshold), with the score and why.
 */
@Service
public class Screening {

    static final int LISTED = 50;

    private final WatchlistService watchlists;
    private final RuleEngine engine;

    Screening(WatchlistService watchlists, RuleEngine engine) {
        this.watchlists = watchlists;
        this.engine = engine;
    }

    /** One listed entry a query matches: EXACT or POSSIBLE, with the score of its closest name and why. */
    public record Match(String list, String entryId, String name, String type, String imo, List<String> programmes,
            LocalDate listedOn, String level, double score, String why) {
    }

    /** The query as understood, the threshold of a possible match, and the entries matched, best first. */
    public record Answer(String name, String normalisedName, String imo, String type, double threshold,
            List<Match> matches) {
    }

    /**
     * Screens a name, an IMO number (a ship's for vessels, a company's for companies; with or without its prefix) or
     * both, against the vessels ({@code type} VESSEL), the companies (ENTITY) or both (ANY) of the current lists.
     */
    public Answer screen(String name, String imoText, String type) {
        String imo = imoText == null ? null : Imo.digits(imoText);
        String normal = VesselNames.normalise(name);
        double threshold = engine.installedParameters().number("LOG-003.threshold").orElse(0.93);
        List<Match> matches = new ArrayList<>();
        for (List<Object> facts : watchlists.current().values()) {
            for (Object fact : facts) {
                if (fact instanceof ListedVessel v && !"ENTITY".equals(type)) {
                    add(matches, match(v.list(), v.entryId(), v.name(), "VESSEL", v.imo(), v.programmes(),
                            v.listedOn(), v.normalisedNames(), normal, imo, threshold, null));
                } else if (fact instanceof ListedEntity e && !"VESSEL".equals(type)) {
                    add(matches, match(e.list(), e.entryId(), e.name(), "ENTITY", e.imo(), e.programmes(),
                            e.listedOn(), e.normalisedNames(), normal, imo, threshold, e.tiedVia()));
                }
            }
        }
        matches.sort(Comparator.comparing(Match::level).thenComparing(Comparator.comparingDouble(Match::score)
                .reversed()).thenComparing(Match::list).thenComparing(Match::entryId));
        return new Answer(name, normal, imo, type, threshold,
                List.copyOf(matches.subList(0, Math.min(LISTED, matches.size()))));
    }

    private static void add(List<Match> matches, Match m) {
        if (m != null) {
            matches.add(m);
        }
    }

    private static Match match(String list, String entryId, String listedName, String type, String listedImo,
            List<String> programmes, LocalDate listedOn, List<String> names, String normal, String imo,
            double threshold, String tiedVia) {
        String tie = tiedVia == null ? "" : " (not listed itself: the company of " + tiedVia + ")";
        if (imo != null && listedImo != null) {
            return imo.equals(listedImo) ? new Match(list, entryId, listedName, type, listedImo, programmes, listedOn,
                    "EXACT", 1, "the same IMO number " + imo + tie) : null;
        }
        if (normal == null || normal.isEmpty()) {
            return null;
        }
        if (names.contains(normal)) {
            return new Match(list, entryId, listedName, type, listedImo, programmes, listedOn, "EXACT", 1,
                    "the same name in normal form, \"" + normal + "\"" + tie);
        }
        String closest = null;
        double best = 0;
        for (String n : names) {
            double score = NameMatch.similarity(normal, n);
            if (score > best) {
                best = score;
                closest = n;
            }
        }
        return best >= threshold ? new Match(list, entryId, listedName, type, listedImo, programmes, listedOn,
                "POSSIBLE", best, "\"" + normal + "\" is " + String.format(java.util.Locale.ROOT, "%.3f", best)
                        + " alike to \"" + closest + "\" (threshold " + threshold + ")" + tie) : null;
    }
}
