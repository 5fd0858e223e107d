package org.sanctionswatch.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Derived by the engine: every shipment of one sender to one recipient in one unit, oldest first, for MIL-004's sums
 * over a window. {@link #episodes} finds each crossing of a threshold: one finding per crossing, however many later
 * shipments keep the sum above it.
 */
public record ShipmentSeries(String fromCountry, String toCountry, String unit, List<Shipment> shipments) {

    public ShipmentSeries {
        shipments = shipments.stream().sorted(Comparator.comparing(Shipment::date).thenComparing(Shipment::id))
                .toList();
    }

    /**
     * A run of the series above the threshold: the date the sum over the window first reached it, and the largest sum
     * while it stayed there, with the date and the shipments of that window.
     */
    public record Episode(String fromCountry, String toCountry, String unit, String theatre, LocalDate crossedOn,
            LocalDate peakOn, double peak, List<Shipment> window) {

        public List<MunitionsTransfer> reports() {
            List<MunitionsTransfer> all = new ArrayList<>();
            window.forEach(s -> all.addAll(s.reports()));
            return all;
        }
    }

    /** The episodes above {@code threshold} of the sums over {@code windowDays} up to each shipment's date. */
    public List<Episode> episodes(double windowDays, double threshold, String minGrade) {
        TreeMap<LocalDate, List<Shipment>> byDate = new TreeMap<>();
        shipments.stream().filter(s -> s.atLeast(minGrade))
                .forEach(s -> byDate.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s));
        List<Episode> episodes = new ArrayList<>();
        Episode open = null;
        for (LocalDate day : byDate.keySet()) {
            List<Shipment> window = new ArrayList<>();
            byDate.subMap(day.minusDays((long) windowDays), false, day, true).values().forEach(window::addAll);
            double sum = window.stream().mapToDouble(Shipment::quantity).sum();
            if (sum < threshold) {
                if (open != null) {
                    episodes.add(open);
                    open = null;
                }
                continue;
            }
            if (open == null) {
                open = new Episode(fromCountry, toCountry, unit, window.get(0).theatre(), day, day, sum, window);
            } else if (sum > open.peak()) {
                open = new Episode(fromCountry, toCountry, unit, open.theatre(), open.crossedOn(), day, sum, window);
            }
        }
        if (open != null) {
            episodes.add(open);
        }
        return episodes;
    }
}
