package org.sanctionswatch.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * Derived by the engine: the reports of one deployment of {@code fromCountry}'s personnel in {@code toCountry}, all
 * those dated within the grouping window of one another ({@code FACT.deploymentWindowDays}). One contingent reported
 * by two sources at 3,000 and 10,000 is one fact with that range; the figure judged is the best-graded report's.
 */
public record Deployment(String id, String theatre, String fromCountry, String toCountry, LocalDate first,
        LocalDate last, List<TroopDeployment> reports) {

    public Deployment {
        reports = reports.stream().sorted(Reports.leadFirst(r -> (double) r.personnel())).toList();
    }

    public static Deployment of(List<TroopDeployment> cluster) {
        TroopDeployment lead = cluster.stream().sorted(Reports.leadFirst(r -> (double) r.personnel())).findFirst()
                .orElseThrow();
        LocalDate first = cluster.stream().map(TroopDeployment::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = cluster.stream().map(TroopDeployment::date).max(LocalDate::compareTo).orElseThrow();
        return new Deployment(String.join("|", lead.fromCountry(), lead.toCountry(), first.toString()),
                lead.theatre(), lead.fromCountry(), lead.toCountry(), first, last, cluster);
    }

    /** The best-graded report, whose figure counts. */
    public TroopDeployment lead() {
        return reports.get(0);
    }

    public int personnel() {
        return lead().personnel();
    }

    public int low() {
        return reports.stream().mapToInt(TroopDeployment::personnel).min().orElse(0);
    }

    public int high() {
        return reports.stream().mapToInt(TroopDeployment::personnel).max().orElse(0);
    }

    public boolean atLeast(String minimum) {
        return Reports.anyAtLeast(reports, minimum);
    }
}
