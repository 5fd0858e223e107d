package org.sanctionswatch.fact;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** What the grouped reports of one real-world event have in common: the lead report, grades and clusters by date. */
public final class Reports {

    private Reports() {
    }

    /** Best graded first, then the lower figure (the cautious reading), then by id: the report whose figure counts. */
    public static <T extends Observation> Comparator<T> leadFirst(Function<T, Double> figure) {
        return Comparator.<T>comparingDouble(o -> -o.source().weight()).thenComparing(figure::apply)
                .thenComparing(Observation::id);
    }

    /**
     * Splits reports into clusters of the same event: sorted by date, a new cluster starts where a report is more than
     * {@code windowDays} after the one before. The clusters are a function of the set of reports, whatever the order
     * they came in: two reports {@code windowDays} apart or closer are always in one cluster, even through a chain.
     */
    public static <T extends Observation> List<List<T>> clusters(List<T> reports, double windowDays) {
        List<T> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparing(Observation::eventDate).thenComparing(Observation::id));
        List<List<T>> clusters = new ArrayList<>();
        LocalDate previous = null;
        for (T r : sorted) {
            if (previous == null || ChronoUnit.DAYS.between(previous, r.eventDate()) > windowDays) {
                clusters.add(new ArrayList<>());
            }
            clusters.get(clusters.size() - 1).add(r);
            previous = r.eventDate();
        }
        return clusters;
    }

    /** True when one of the reports is graded at least {@code minimum} (blank: any). */
    public static boolean anyAtLeast(List<? extends Observation> reports, String minimum) {
        return reports.stream().anyMatch(r -> r.source().atLeast(minimum));
    }

    /** How many independent sources the reports come from. */
    public static long origins(List<? extends Observation> reports) {
        return reports.stream().map(r -> r.source().origin()).distinct().count();
    }
}
