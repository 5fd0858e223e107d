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

    private static final int LISTED_CONTRIBUTIONS = 12;

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

    /** From, to, location and date of the deployment. */
    public static String deploymentKey(TroopDeployment d) {
        return String.join("|", d.fromCountry(), d.toCountry(), String.valueOf(d.location()), d.date().toString());
    }

    public static String deploymentTitle(TroopDeployment d) {
        return Text.number(d.personnel()) + " " + d.fromCountry() + " personnel reported in " + d.toCountry()
                + " on " + d.date();
    }

    public static String deploymentExplanation(TroopDeployment d, double warn, double critical) {
        String level = d.personnel() >= critical ? "the critical threshold of " + Text.number(critical)
                : "the warning threshold of " + Text.number(warn) + " (critical at " + Text.number(critical) + ")";
        return source(d) + " reports " + Text.number(d.personnel()) + " " + d.fromCountry() + " personnel in "
                + d.toCountry() + (d.location() == null ? "" : " (" + d.location() + ")") + " on " + d.date()
                + ", role " + d.role() + ": at or above " + level + ".";
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

    public static String munitionsKey(MunitionsTransfer m) {
        return String.join("|", m.fromCountry(), m.toCountry(), m.unit(), m.date().toString());
    }

    public static String munitionsTitle(MunitionsTransfer m, Number total) {
        return Text.number(total.doubleValue()) + " " + unitWord(m.unit()) + " of munitions from " + m.fromCountry()
                + " to " + m.toCountry() + " in the window up to " + m.date();
    }

    public static String munitionsExplanation(MunitionsTransfer m, Collection<?> window, Number total,
            double threshold, double days) {
        List<MunitionsTransfer> transfers = window.stream().map(MunitionsTransfer.class::cast)
                .sorted(Comparator.comparing(MunitionsTransfer::date).thenComparing(MunitionsTransfer::id))
                .toList();
        String list = transfers.stream()
                .map(t -> Text.number(t.quantity()) + " " + category(t) + " on " + t.date())
                .collect(Collectors.joining("; "));
        return m.fromCountry() + " transferred " + Text.number(total.doubleValue()) + " " + unitWord(m.unit())
                + " to " + m.toCountry() + " in the " + Text.number(days) + " days up to " + m.date() + " ("
                + transfers.size() + " report(s): " + list + "), at or above the threshold of "
                + Text.number(threshold) + " " + unitWord(m.unit()) + ".";
    }

    // MIL-005

    public static String missileKey(MunitionsTransfer m) {
        return String.join("|", m.fromCountry(), m.toCountry(), m.category(), m.date().toString());
    }

    public static String missileTitle(MunitionsTransfer m) {
        return "Ballistic missiles from " + m.fromCountry() + " to " + m.toCountry() + " reported on " + m.date();
    }

    public static String missileExplanation(MunitionsTransfer m) {
        return source(m) + " reports " + Text.number(m.quantity()) + " " + unitWord(m.unit())
                + " (ballistic missiles" + (m.calibreMm() == null ? "" : ", " + m.calibreMm() + " mm")
                + ") transferred from " + m.fromCountry() + " to " + m.toCountry() + " on " + m.date()
                + ". Any ballistic-missile transfer fires.";
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

    public static String diplomaticExplanation(DiplomaticEvent e) {
        return source(e) + " reports a diplomatic step, " + e.kind() + ", on " + e.date() + " involving "
                + String.join(", ", e.parties()) + (e.reference() == null ? "" : " (" + e.reference() + ")")
                + ". Context that raises the baseline of the theatre.";
    }

    // ESC-001

    public static String escalationTitle(EscalationLevel l) {
        return l.theatre() + " escalation level " + l.level() + " of 4 (score " + Text.number(l.score()) + ")";
    }

    public static String escalationExplanation(EscalationLevel l) {
        String bands = l.bands().stream().map(Text::number).collect(Collectors.joining(" / "));
        String listed = l.contributions().stream().limit(LISTED_CONTRIBUTIONS)
                .map(c -> c.findingKey() + " " + Text.number(c.weight()) + " × "
                        + String.format(Locale.ROOT, "%.2f", c.weight() == 0 ? 0 : c.decayedWeight() / c.weight())
                        + " (" + c.ageDays() + " days old) = " + String.format(Locale.ROOT, "%.2f", c.decayedWeight()))
                .collect(Collectors.joining("; "));
        int more = l.contributionCount() - LISTED_CONTRIBUTIONS;
        return "Score " + Text.number(l.score()) + " from " + l.contributionCount()
                + " finding(s) against bands " + bands + " for levels 1 to 4: level " + l.level() + ". Each finding "
                + "weighs its rule's weight halved every " + Text.number(l.halfLifeDays()) + " days of age, measured"
                + " from " + l.clock() + ", the newest event among the theatre's findings. " + listed
                + (more > 0 ? "; and " + more + " more." : ".");
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
