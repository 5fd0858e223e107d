package org.sanctionswatch.fact;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Subjects, titles and explanations of logistics findings: what a finding is
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
