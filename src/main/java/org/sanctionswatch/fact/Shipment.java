package org.sanctionswatch.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * Derived by the engine: the reports of one shipment of munitions, the same sender, recipient, category and unit
 * dated within the grouping window of one another ({@code FACT.shipmentWindowDays}). Two sources reporting one
 * shipment are one fact; its quantity and date are the best-graded report's, and its range runs from the lowest to
 * the highest quantity reported.
 */
public record Shipment(String id, String theatre, String fromCountry, String toCountry, String category, String unit,
        LocalDate date, List<MunitionsTransfer> reports) {

    public Shipment {
        reports = reports.stream().sorted(Reports.leadFirst(MunitionsTransfer::quantity)).toList();
    }

    public static Shipment of(List<MunitionsTransfer> cluster) {
        MunitionsTransfer lead = cluster.stream().sorted(Reports.leadFirst(MunitionsTransfer::quantity)).findFirst()
                .orElseThrow();
        LocalDate first = cluster.stream().map(MunitionsTransfer::date).min(LocalDate::compareTo).orElseThrow();
        return new Shipment(String.join("|", lead.fromCountry(), lead.toCountry(), lead.category(),
                String.valueOf(lead.unit()), first.toString()), lead.theatre(), lead.fromCountry(), lead.toCountry(),
                lead.category(), lead.unit(), lead.date(), cluster);
    }

    public MunitionsTransfer lead() {
        return reports.get(0);
    }

    public double quantity() {
        return lead().quantity();
    }

    public double low() {
        return reports.stream().mapToDouble(MunitionsTransfer::quantity).min().orElse(0);
    }

    public double high() {
        return reports.stream().mapToDouble(MunitionsTransfer::quantity).max().orElse(0);
    }

    public boolean atLeast(String minimum) {
        return Reports.anyAtLeast(reports, minimum);
    }
}
