package org.sanctionswatch.fact;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Subjects, titles and explanations of logistics, military, diplomatic and escalation findings: what a finding is
 * about, and the numbers that made its rule fire, in words.
 */
public final class EventText {


    private EventText() {
    }

    // LOG-001

    public static String railKey(RailTraffic r) {
        return String.join("|", r.crossing(), r.direction() == null ? "any" : r.direction(), r.date().toString());
    }

    public static String railTitle(RailTraffic r, Number max) {
        return "Rail traffic surge at " + r.crossing() + " on " + r.date() + ": " + r.railcars() + " railcars"
                + (r.railcars() > max.doubleValue() ? ", above the crossing's historical maximum" : "");
    }

    public static String railExplanation(RailTraffic r, Number max, Number history, Collection<?> window,
            Number mean, double ratio, double days) {
        StringBuilder s = new StringBuilder();
        s.append(r.railcars()).append(" railcars were counted at ").append(r.crossing())
                .append(r.direction() == null ? "" : " (" + r.direction() + ")").append(" on ").append(r.date())
                .append(". The ").append(history).append(" earlier counts of the crossing peaked at ")
                .append(Text.number(max.doubleValue()));
        s.append(r.railcars() > max.doubleValue() ? ": this count is above that historical maximum" : "");
        if (window.isEmpty()) {
            s.append("; no count in the previous ").append(Text.number(days)).append(" days.");
        } else {
            s.append("; the ").append(window.size()).append(" counts of the previous ").append(Text.number(days))
                    .append(" days average ").append(Text.number(Math.round(mean.doubleValue() * 100) / 100.0))
                    .append(", and this count is ").append(Text.ratio(r.railcars() / mean.doubleValue()))
                    .append(" that mean.");
        }
        s.append(" It fires above the historical maximum or at ").append(Text.ratio(ratio))
                .append(" the mean of the window.");
        return s.toString();
    }

    // LOG-002

    /** IMO number (or normalised name without one), port and date of the call. */
    public static String portCallKey(PortCall c) {
        String vessel = c.imo() != null ? "IMO " + c.imo() : c.normalisedName();
        return String.join("|", vessel, c.portKey(), c.arrivedOn().toString());
    }

    public static String portCallTitle(PortCall c) {
        return "Designated vessel " + c.vesselName() + (c.imo() == null ? "" : " (IMO " + c.imo() + ")") + " at "
                + c.port() + " on " + c.arrivedOn();
    }

    public static String portCallExplanation(PortCall c, WatchedPort port, Collection<?> entries) {
        String matches = entries.stream().map(ListedVessel.class::cast)
                .sorted(Comparator.comparing(ListedVessel::list).thenComparing(ListedVessel::entryId))
                .map(v -> v.list() + (v.listVersion() == null ? "" : " (version " + v.listVersion() + ")")
                        + " entry " + v.entryId() + " \"" + v.name() + "\""
                        + (v.programmes() == null || v.programmes().isEmpty() ? ""
                                : ", programmes " + String.join(", ", v.programmes()))
                        + ", matched by " + v.matchedBy(c))
                .collect(Collectors.joining("; "));
        return c.vesselName() + (c.imo() == null ? " (no IMO number given)" : " (IMO " + c.imo() + ")")
                + (c.flag() == null ? "" : ", flag " + c.flag()) + ", called at " + c.port()
                + (port.country() == null || port.country().isBlank() ? "" : " (" + port.country() + ")")
                + ", a watched port, on " + c.arrivedOn() + ". It is designated: " + matches + ".";
    }

    // MIL-001

    /** Sender, host and the first day of the deployment's reports. */
    public static String deploymentKey(Deployment d) {
        return String.join("|", d.fromCountry(), d.toCountry(), "deployment", d.first().toString());
    }

    public static String deploymentTitle(Deployment d) {
        return range(d.low(), d.high()) + " " + d.fromCountry() + " personnel reported in " + d.toCountry()
                + " from " + d.first();
    }

    public static String deploymentExplanation(Deployment d, double warn, double critical) {
        String level = d.personnel() >= critical ? "the critical threshold of " + Text.number(critical)
                : "the warning threshold of " + Text.number(warn) + " (critical at " + Text.number(critical) + ")";
        String reports = d.reports().stream().map(r -> source(r) + ": " + Text.number(r.personnel())
                + (r.location() == null ? "" : " at " + r.location()) + " on " + r.date() + ", role " + r.role())
                .collect(Collectors.joining("; "));
        return d.reports().size() + " report(s) of one deployment of " + d.fromCountry() + " personnel in "
                + d.toCountry() + " between " + d.first() + " and " + d.last() + ", from "
                + Reports.origins(d.reports()) + " independent source(s): " + reports + ". The best-graded report's "
                + "figure, " + Text.number(d.personnel()) + ", is at or above " + level + ".";
    }

    // MIL-002

    public static String roleChangeKey(TroopDeployment combat) {
        return String.join("|", combat.fromCountry(), combat.toCountry(), "TECHNICAL>COMBAT",
                combat.date().toString());
    }

    public static String roleChangeTitle(TroopDeployment combat) {
        return combat.fromCountry() + " personnel in " + combat.toCountry() + " reported in a combat role from "
                + combat.date();
    }

    public static String roleChangeExplanation(TroopDeployment combat, Collection<?> technical) {
        List<TroopDeployment> earlier = deployments(technical);
        TroopDeployment first = earlier.get(0);
        return combat.fromCountry() + " personnel in " + combat.toCountry() + " were reported in a TECHNICAL role "
                + earlier.size() + " time(s) from " + first.date() + " (" + Text.number(first.personnel())
                + " personnel" + (first.location() == null ? "" : " at " + first.location()) + "); on "
                + combat.date() + " " + source(combat) + " reports them in a COMBAT role ("
                + Text.number(combat.personnel()) + " personnel"
                + (combat.location() == null ? "" : " at " + combat.location()) + "), the first combat report.";
    }

    // MIL-003

    public static String frontKey(TroopDeployment near) {
        return String.join("|", near.fromCountry(), near.toCountry(), "FRONT", near.date().toString());
    }

    public static String frontTitle(TroopDeployment near, String front) {
        return near.fromCountry() + " personnel in " + near.toCountry() + " reported at the front ("
                + TextList.mentioned(front, near.location()) + ") from " + near.date();
    }

    public static String frontExplanation(TroopDeployment near, String front, Collection<?> away) {
        List<TroopDeployment> earlier = deployments(away);
        String places = earlier.stream().map(TroopDeployment::location).distinct()
                .collect(Collectors.joining(", "));
        return near.fromCountry() + " personnel in " + near.toCountry() + " were reported away from the front "
                + earlier.size() + " time(s) from " + earlier.get(0).date() + " (" + places + "); on "
                + near.date() + " " + source(near) + " reports " + Text.number(near.personnel()) + " at "
                + near.location() + ", which names \"" + TextList.mentioned(front, near.location())
                + "\" from the front locations (" + String.join(", ", TextList.items(front)) + ").";
    }

    // MIL-004

    /** Sender, recipient, unit and the day the sum first crossed the threshold. */
    public static String munitionsKey(ShipmentSeries.Episode e) {
        return String.join("|", e.fromCountry(), e.toCountry(), String.valueOf(e.unit()), e.crossedOn().toString());
    }

    public static String munitionsTitle(ShipmentSeries.Episode e) {
        return Text.number(e.peak()) + " " + unitWord(e.unit()) + " of munitions from " + e.fromCountry() + " to "
                + e.toCountry() + " in the window up to " + e.peakOn() + " (over the threshold from " + e.crossedOn()
                + ")";
    }

    public static String munitionsExplanation(ShipmentSeries.Episode e, double threshold, double days) {
        String list = e.window().stream().map(s -> Text.number(s.quantity()) + " " + category(s.lead()) + " on "
                + s.date() + (s.reports().size() > 1 ? " (" + s.reports().size() + " reports, "
                        + range(s.low(), s.high()) + ")" : ""))
                .collect(Collectors.joining("; "));
        return e.fromCountry() + " transferred " + Text.number(e.peak()) + " " + unitWord(e.unit()) + " to "
                + e.toCountry() + " in the " + Text.number(days) + " days up to " + e.peakOn() + " ("
                + e.window().size() + " shipment(s): " + list + "), at or above the threshold of "
                + Text.number(threshold) + " " + unitWord(e.unit()) + " since " + e.crossedOn()
                + ". Each shipment counts once, at its best-graded report's quantity.";
    }

    // MIL-005

    public static String missileKey(Shipment s) {
        return String.join("|", s.fromCountry(), s.toCountry(), s.category(), s.date().toString());
    }

    public static String missileTitle(Shipment s) {
        return "Ballistic missiles from " + s.fromCountry() + " to " + s.toCountry() + " reported on " + s.date();
    }

    public static String missileExplanation(Shipment s) {
        MunitionsTransfer m = s.lead();
        String reports = s.reports().stream().map(r -> source(r) + ": " + Text.number(r.quantity()) + " on "
                + r.date()).collect(Collectors.joining("; "));
        return s.reports().size() + " report(s) of one shipment (" + reports + "): " + Text.number(m.quantity())
                + " " + unitWord(m.unit()) + " (ballistic missiles" + (m.calibreMm() == null ? ""
                        : ", " + m.calibreMm() + " mm") + ") transferred from " + s.fromCountry() + " to "
                + s.toCountry() + " on " + s.date() + ". Any ballistic-missile transfer fires.";
    }

    // MIL-006

    public static String technologyKey(TechnologyTransfer t) {
        return String.join("|", t.fromCountry(), t.toCountry(), t.domain(), t.date().toString());
    }

    public static String technologyTitle(TechnologyTransfer t) {
        return "Technology transfer (" + t.domain() + ") from " + t.fromCountry() + " to " + t.toCountry()
                + " reported on " + t.date();
    }

    public static String technologyExplanation(TechnologyTransfer t, String domains) {
        return source(t) + " reports a transfer of " + words(t.domain()) + " technology from " + t.fromCountry()
                + " to " + t.toCountry() + " on " + t.date() + "; " + t.domain() + " is a watched domain ("
                + String.join(", ", TextList.items(domains)) + ").";
    }

    // DIP-001

    public static String diplomaticKey(DiplomaticEvent e) {
        return String.join("|", e.kind(), e.date().toString(), String.valueOf(e.reference()));
    }

    public static String diplomaticTitle(DiplomaticEvent e) {
        return "Diplomatic step " + e.kind() + " on " + e.date() + (e.reference() == null ? "" : ": " + e.reference());
    }

    public static String diplomaticExplanation(DiplomaticEvent e, boolean alignment) {
        return source(e) + " reports a diplomatic step, " + e.kind() + ", on " + e.date() + " involving "
                + String.join(", ", e.parties()) + (e.reference() == null ? "" : " (" + e.reference() + ")")
                + (alignment ? ". A step of the parties' alignment, which raises the baseline of the theatre."
                        : ". Context of the theatre, counted in no measure.");
    }

    // ESC-001, SAN-001

    public static String measureTitle(TheatreMeasure m) {
        return m.theatre() + " " + measureWord(m.measure()) + " level " + m.level() + " of 4 ("
                + TheatreMeasure.levelName(m.level()) + ")" + (m.peakLevel() > m.level()
                        ? ", decayed from " + m.peakLevel() : "")
                + (m.stale() ? ", stale: newest evidence " + m.newestEvidence() : "");
    }

    /** The level, the facts behind it (by indicator, without their decayed weights) and the newest evidence. */
    public static String measureExplanation(TheatreMeasure m, List<TheatreMeasure.Counted> named) {
        String bands = m.bands().stream().map(Text::number).collect(Collectors.joining(" / "));
        String facts = named.stream().map(c -> c.ruleId() + " " + c.title()).collect(Collectors.joining("; "));
        int more = m.factCount() - named.size();
        return "Level " + m.level() + " (" + TheatreMeasure.levelName(m.level()) + ") of " + measureWord(m.measure())
                + " on " + m.factCount() + " fact(s) in " + m.indicators().size() + " indicator(s), against bands "
                + bands + " for levels 1 to 4"
                + (m.peakLevel() > m.level() ? "; level " + m.peakLevel() + " on the day of its newest evidence, "
                        + "decayed by the calendar since" : "")
                + ". Each fact weighs its rule's weight, halved every " + Text.number(m.halfLifeDays())
                + " days of age; within one rule the strongest counts in full and each next one "
                + Text.number(m.saturation()) + " times the one before. Newest evidence " + m.newestEvidence()
                + (m.stale() ? ", older than " + Text.number(m.staleAfterDays()) + " days: the picture is stale" : "")
                + ". Facts: " + facts + (more > 0 ? "; and " + more + " more." : ".")
                + " The score and each fact's weight today: GET /api/escalation/" + m.theatre() + ".";
    }

    private static String measureWord(String measure) {
        return Theatre.ESCALATION.equals(measure) ? "escalation" : "sanctions pressure";
    }

    private static String range(double low, double high) {
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
