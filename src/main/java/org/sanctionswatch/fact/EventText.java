package org.sanctionswatch.fact;

import static org.sanctionswatch.fact.Wording.values;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Subjects of logistics, military and diplomatic findings (what a finding is about), and the values their titles
 * and explanations name: the numbers that made a rule fire, formatted, and the few phrases that depend on them. The
 * words are templates in {@code rules/wording.properties} ({@link Wording}).
 */
public final class EventText {

    /** The placeholders each rule's templates may name. */
    static final Map<String, Set<String>> NAMES = Wording.namesOf(List.of(
            Wording.names("LOG-001", "crossing", "direction", "date", "railcars", "maximum", "earlierCounts",
                    "aboveMaximum", "aboveMaximumNote", "window", "ratio"),
            Wording.names("LOG-002", "vessel", "imo", "titleImo", "flag", "port", "portCountry", "date", "matches"),
            Wording.names("LOG-003", "vessel", "imo", "titleImo", "flag", "port", "portCountry", "date", "candidates",
                    "best", "threshold"),
            Wording.names("LOG-004", "vessel", "imo", "titleImo", "flag", "port", "portCountry", "date", "companies",
                    "first"),
            Wording.names("LOG-005", "vessel", "imo", "titleImo", "flag", "port", "portCountry", "date", "entries",
                    "first"),
            Wording.names("MIL-001", "range", "from", "to", "first", "last", "reports", "origins", "reportList",
                    "figure", "threshold"),
            Wording.names("MIL-002", "from", "to", "date", "technicalReports", "firstTechnical",
                    "firstTechnicalPersonnel", "firstTechnicalPlace", "source", "personnel", "place"),
            Wording.names("MIL-003", "from", "to", "date", "front", "frontLocations", "awayReports", "firstAway",
                    "awayPlaces", "source", "personnel", "location"),
            Wording.names("MIL-004", "from", "to", "unit", "peak", "peakOn", "crossedOn", "days", "shipments",
                    "shipmentList", "threshold"),
            Wording.names("MIL-005", "from", "to", "date", "quantity", "unit", "calibre", "reports", "reportList"),
            Wording.names("MIL-006", "from", "to", "date", "domain", "domainWords", "domains", "source"),
            Wording.names("DIP-001", "kind", "date", "titleReference", "referenceNote", "parties", "source",
                    "meaning")));

    private EventText() {
    }

    // LOG-001

    public static String railKey(RailTraffic r) {
        return String.join("|", r.crossing(), r.direction() == null ? "any" : r.direction(), r.date().toString());
    }

    public static Map<String, Object> rail(RailTraffic r, Number max, Number history, Collection<?> window,
            Number mean, double ratio, double days) {
        boolean above = r.railcars() > max.doubleValue();
        String windowText = window.isEmpty() ? "no count in the previous " + Text.number(days) + " days"
                : "the " + window.size() + " counts of the previous " + Text.number(days) + " days average "
                        + Text.number(Math.round(mean.doubleValue() * 100) / 100.0) + ", and this count is "
                        + Text.ratio(r.railcars() / mean.doubleValue()) + " that mean";
        return values("crossing", r.crossing(), "direction", r.direction() == null ? "" : " (" + r.direction() + ")",
                "date", r.date(), "railcars", r.railcars(), "maximum", Text.number(max.doubleValue()),
                "earlierCounts", history, "aboveMaximum", above ? ", above the crossing's historical maximum" : "",
                "aboveMaximumNote", above ? ": this count is above that historical maximum" : "",
                "window", windowText, "ratio", Text.ratio(ratio));
    }

    // LOG-002

    /** IMO number (or normalised name without one), the port as the gazetteer names it, and date of the call. */
    public static String portCallKey(PortCall c, WatchedPort port) {
        String vessel = c.imo() != null ? "IMO " + c.imo() : c.normalisedName();
        return String.join("|", vessel, port.name().toUpperCase(Locale.ROOT), c.arrivedOn().toString());
    }

    public static Map<String, Object> possibleMatch(PortCall c, WatchedPort port, Collection<?> entries,
            double threshold) {
        List<ListedVessel> vessels = entries.stream().map(ListedVessel.class::cast)
                .sorted(Comparator.comparingDouble((ListedVessel v) -> -v.similarity(c))
                        .thenComparing(ListedVessel::list).thenComparing(ListedVessel::entryId))
                .toList();
        String candidates = vessels.stream()
                .map(v -> v.list() + (v.listVersion() == null ? "" : " (version " + v.listVersion() + ")")
                        + " entry " + v.entryId() + " \"" + v.name() + "\"" + (v.imo() == null ? "" : " (IMO "
                        + v.imo() + ")") + ", closest name \"" + v.closestName(c) + "\" at "
                        + String.format(Locale.ROOT, "%.3f", v.similarity(c)))
                .collect(Collectors.joining("; "));
        Map<String, Object> values = portCall(c, port, List.of());
        values.put("candidates", candidates);
        values.put("best", vessels.get(0).name());
        values.put("threshold", String.format(Locale.ROOT, "%.2f", threshold));
        return values;
    }

    /** The listed companies behind a call: each with its role, entry, IMO company number, listing date and tie. */
    public static Map<String, Object> listedCompanies(PortCall c, WatchedPort port, Collection<?> entities) {
        List<ListedEntity> sorted = entities.stream().map(ListedEntity.class::cast)
                .sorted(Comparator.comparing(ListedEntity::list).thenComparing(ListedEntity::id)).toList();
        String companies = sorted.stream().map(e -> "the " + e.roleIn(c) + " " + c.companies().get(e.roleIn(c)).name()
                + " is " + (e.tiedVia() == null ? e.list() + " entry " + e.entryId() + " \"" + e.name() + "\""
                        + (e.imo() == null ? "" : " (IMO company number " + e.imo() + ")")
                        + (e.listedOn() == null ? "" : ", listed " + e.listedOn())
                        : "\"" + e.name() + "\", the company of " + e.tiedVia())
                + (e.programmes().isEmpty() ? "" : ", programmes " + String.join(", ", e.programmes())))
                .collect(Collectors.joining("; "));
        Map<String, Object> values = portCall(c, port, List.of());
        values.put("companies", companies);
        values.put("first", sorted.get(0).name());
        return values;
    }

    /** The vessels and companies a call matches, all designated after it. */
    public static Map<String, Object> laterDesignated(PortCall c, WatchedPort port, Collection<?> vessels,
            Collection<?> companies) {
        List<String> listed = new java.util.ArrayList<>();
        vessels.stream().map(ListedVessel.class::cast).forEach(v -> listed.add(v.list() + " entry " + v.entryId()
                + " \"" + v.name() + "\" (the vessel), listed " + v.listedOn()));
        companies.stream().map(ListedEntity.class::cast).forEach(e -> listed.add(e.list() + " entry " + e.entryId()
                + " \"" + e.name() + "\" (its " + e.roleIn(c) + "), listed " + e.listedOn()));
        listed.sort(null);
        Map<String, Object> values = portCall(c, port, List.of());
        values.put("entries", String.join("; ", listed));
        values.put("first", !vessels.isEmpty() ? ((ListedVessel) vessels.iterator().next()).name()
                : ((ListedEntity) companies.iterator().next()).name());
        return values;
    }

    public static Map<String, Object> portCall(PortCall c, WatchedPort port, Collection<?> entries) {
        String matches = entries.stream().map(ListedVessel.class::cast)
                .sorted(Comparator.comparing(ListedVessel::list).thenComparing(ListedVessel::entryId))
                .map(v -> v.list() + (v.listVersion() == null ? "" : " (version " + v.listVersion() + ")")
                        + " entry " + v.entryId() + " \"" + v.name() + "\""
                        + (v.programmes() == null || v.programmes().isEmpty() ? ""
                                : ", programmes " + String.join(", ", v.programmes()))
                        + ", matched by " + v.matchedBy(c))
                .collect(Collectors.joining("; "));
        return values("vessel", c.vesselName(), "imo", c.imo() == null ? "no IMO number given" : "IMO " + c.imo(),
                "titleImo", c.imo() == null ? "" : " (IMO " + c.imo() + ")",
                "flag", c.flag() == null ? "" : ", flag " + c.flag(), "port", port.name(),
                "portCountry", port.country() == null || port.country().isBlank() ? "" : " (" + port.country() + ")",
                "date", c.arrivedOn(), "matches", matches);
    }

    // MIL-001

    /** Sender, host and the first day of the deployment's reports. */
    public static String deploymentKey(Deployment d) {
        return String.join("|", d.fromCountry(), d.toCountry(), "deployment", d.first().toString());
    }

    public static Map<String, Object> deployment(Deployment d, double warn, double critical) {
        String threshold = d.personnel() >= critical ? "the critical threshold of " + Text.number(critical)
                : "the warning threshold of " + Text.number(warn) + " (critical at " + Text.number(critical) + ")";
        String reports = d.reports().stream().map(r -> source(r) + ": " + Text.number(r.personnel())
                + (r.location() == null ? "" : " at " + r.location()) + " on " + r.date() + ", role " + r.role())
                .collect(Collectors.joining("; "));
        return values("range", range(d.low(), d.high()), "from", d.fromCountry(), "to", d.toCountry(),
                "first", d.first(), "last", d.last(), "reports", d.reports().size(),
                "origins", Reports.origins(d.reports()), "reportList", reports, "figure", Text.number(d.personnel()),
                "threshold", threshold);
    }

    // MIL-002

    public static String roleChangeKey(TroopDeployment combat) {
        return String.join("|", combat.fromCountry(), combat.toCountry(), "TECHNICAL>COMBAT",
                combat.date().toString());
    }

    public static Map<String, Object> roleChange(TroopDeployment combat, Collection<?> technical) {
        List<TroopDeployment> earlier = deployments(technical);
        TroopDeployment first = earlier.get(0);
        return values("from", combat.fromCountry(), "to", combat.toCountry(), "date", combat.date(),
                "technicalReports", earlier.size(), "firstTechnical", first.date(),
                "firstTechnicalPersonnel", Text.number(first.personnel()),
                "firstTechnicalPlace", first.location() == null ? "" : " at " + first.location(),
                "source", source(combat), "personnel", Text.number(combat.personnel()),
                "place", combat.location() == null ? "" : " at " + combat.location());
    }

    // MIL-003

    public static String frontKey(TroopDeployment near) {
        return String.join("|", near.fromCountry(), near.toCountry(), "FRONT", near.date().toString());
    }

    public static Map<String, Object> front(TroopDeployment near, String front, Collection<?> away) {
        List<TroopDeployment> earlier = deployments(away);
        return values("from", near.fromCountry(), "to", near.toCountry(), "date", near.date(),
                "front", TextList.mentioned(front, near.location()),
                "frontLocations", String.join(", ", TextList.items(front)), "awayReports", earlier.size(),
                "firstAway", earlier.get(0).date(),
                "awayPlaces", earlier.stream().map(TroopDeployment::location).distinct()
                        .collect(Collectors.joining(", ")),
                "source", source(near), "personnel", Text.number(near.personnel()), "location", near.location());
    }

    // MIL-004

    /** Sender, recipient, unit and the day the sum first crossed the threshold. */
    public static String munitionsKey(ShipmentSeries.Episode e) {
        return String.join("|", e.fromCountry(), e.toCountry(), String.valueOf(e.unit()), e.crossedOn().toString());
    }

    public static Map<String, Object> munitions(ShipmentSeries.Episode e, double threshold, double days) {
        String list = e.window().stream().map(s -> Text.number(s.quantity()) + " " + category(s.lead()) + " on "
                + s.date() + (s.reports().size() > 1 ? " (" + s.reports().size() + " reports, "
                        + range(s.low(), s.high()) + ")" : ""))
                .collect(Collectors.joining("; "));
        return values("from", e.fromCountry(), "to", e.toCountry(), "unit", unitWord(e.unit()),
                "peak", Text.number(e.peak()), "peakOn", e.peakOn(), "crossedOn", e.crossedOn(),
                "days", Text.number(days), "shipments", e.window().size(), "shipmentList", list,
                "threshold", Text.number(threshold));
    }

    // MIL-005

    public static String missileKey(Shipment s) {
        return String.join("|", s.fromCountry(), s.toCountry(), s.category(), s.date().toString());
    }

    public static Map<String, Object> missile(Shipment s) {
        MunitionsTransfer m = s.lead();
        String reports = s.reports().stream().map(r -> source(r) + ": " + Text.number(r.quantity()) + " on "
                + r.date()).collect(Collectors.joining("; "));
        return values("from", s.fromCountry(), "to", s.toCountry(), "date", s.date(),
                "quantity", Text.number(m.quantity()), "unit", unitWord(m.unit()),
                "calibre", m.calibreMm() == null ? "" : ", " + m.calibreMm() + " mm", "reports", s.reports().size(),
                "reportList", reports);
    }

    // MIL-006

    public static String technologyKey(TechnologyTransfer t) {
        return String.join("|", t.fromCountry(), t.toCountry(), t.domain(), t.date().toString());
    }

    public static Map<String, Object> technology(TechnologyTransfer t, String domains) {
        return values("from", t.fromCountry(), "to", t.toCountry(), "date", t.date(), "domain", t.domain(),
                "domainWords", words(t.domain()), "domains", String.join(", ", TextList.items(domains)),
                "source", source(t));
    }

    // DIP-001

    public static String diplomaticKey(DiplomaticEvent e) {
        return String.join("|", e.kind(), e.date().toString(), String.valueOf(e.reference()));
    }

    public static Map<String, Object> diplomatic(DiplomaticEvent e, boolean alignment) {
        return values("kind", e.kind(), "date", e.date(),
                "titleReference", e.reference() == null ? "" : ": " + e.reference(),
                "referenceNote", e.reference() == null ? "" : " (" + e.reference() + ")",
                "parties", String.join(", ", e.parties()), "source", source(e),
                "meaning", alignment ? "A step of the parties' alignment, which raises the baseline of the theatre"
                        : "Context of the theatre, counted in no measure");
    }

    static String range(double low, double high) {
        return low == high ? Text.number(low) : Text.number(low) + "–" + Text.number(high);
    }

    private static List<TroopDeployment> deployments(Collection<?> items) {
        return items.stream().map(TroopDeployment.class::cast)
                .sorted(Comparator.comparing(TroopDeployment::date).thenComparing(TroopDeployment::id)).toList();
    }

    private static String source(Observation o) {
        return o.source().name() + " (" + o.source().grade() + ")";
    }

    private static String unitWord(String unit) {
        return unit == null ? "units" : unit.toLowerCase(Locale.ROOT);
    }

    private static String category(MunitionsTransfer t) {
        return words(t.category()) + (t.calibreMm() == null ? "" : " " + t.calibreMm() + " mm");
    }

    private static String words(String code) {
        return code == null ? "" : code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
