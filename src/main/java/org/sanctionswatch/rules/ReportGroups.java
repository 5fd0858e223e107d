package org.sanctionswatch.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.sanctionswatch.fact.Deployment;
import org.sanctionswatch.fact.MunitionsTransfer;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.Reports;
import org.sanctionswatch.fact.Shipment;
import org.sanctionswatch.fact.ShipmentSeries;
import org.sanctionswatch.fact.TroopDeployment;

/**
 * Groups the reports that describe one real-world event into one fact, as reports come and go: troop reports of the
 * same sender and host into {@link Deployment}s, munitions reports of the same sender, recipient, category and unit
 * into {@link Shipment}s, and the shipments of a sender, recipient and unit into a {@link ShipmentSeries}. A group is
 * a function of the whole set of its reports ({@link Reports#clusters}), so any order or split of a load ends in the
 * same facts. Used on the thread that owns the session.
 */
final class ReportGroups {

    static final String DEPLOYMENT_DAYS = "FACT.deploymentWindowDays";
    static final String SHIPMENT_DAYS = "FACT.shipmentWindowDays";

    private final KieSession session;
    private final double deploymentDays;
    private final double shipmentDays;
    private final Map<List<String>, Map<String, TroopDeployment>> troops = new HashMap<>();
    private final Map<List<String>, Map<String, MunitionsTransfer>> munitions = new HashMap<>();
    /** The facts in the session for each bucket of reports, with their handles. */
    private final Map<List<String>, Map<Object, FactHandle>> inserted = new HashMap<>();

    ReportGroups(KieSession session, double deploymentDays, double shipmentDays) {
        this.session = session;
        this.deploymentDays = deploymentDays;
        this.shipmentDays = shipmentDays;
    }

    void added(Observation o) {
        change(o, true);
    }

    void removed(Observation o) {
        change(o, false);
    }

    private void change(Observation o, boolean add) {
        if (o instanceof TroopDeployment d) {
            List<String> key = List.of("T", d.fromCountry(), d.toCountry());
            Map<String, TroopDeployment> bucket = troops.computeIfAbsent(key, k -> new TreeMap<>());
            put(bucket, d, add);
            List<Object> facts = new ArrayList<>();
            Reports.clusters(new ArrayList<>(bucket.values()), deploymentDays)
                    .forEach(c -> facts.add(Deployment.of(c)));
            replace(key, facts);
        } else if (o instanceof MunitionsTransfer m) {
            List<String> key = List.of("M", m.fromCountry(), m.toCountry(), String.valueOf(m.category()),
                    String.valueOf(m.unit()));
            put(munitions.computeIfAbsent(key, k -> new TreeMap<>()), m, add);
            List<String> seriesKey = List.of("S", m.fromCountry(), m.toCountry(), String.valueOf(m.unit()));
            List<Object> shipments = new ArrayList<>();
            List<Shipment> series = new ArrayList<>();
            munitions.forEach((k, bucket) -> {
                if (k.get(1).equals(m.fromCountry()) && k.get(2).equals(m.toCountry())
                        && k.get(4).equals(String.valueOf(m.unit()))) {
                    List<Shipment> of = Reports.clusters(new ArrayList<>(bucket.values()), shipmentDays).stream()
                            .map(Shipment::of).toList();
                    series.addAll(of);
                    if (k.equals(key)) {
                        shipments.addAll(of);
                    }
                }
            });
            replace(key, shipments);
            replace(seriesKey, series.isEmpty() ? List.of()
                    : List.of(new ShipmentSeries(m.fromCountry(), m.toCountry(), m.unit(), series)));
        }
    }

    private static <T extends Observation> void put(Map<String, T> bucket, T report, boolean add) {
        if (add) {
            bucket.put(report.id(), report);
        } else if (bucket.get(report.id()) == report) {
            // by identity: a revision equal to the version before it has already taken its place
            bucket.remove(report.id());
        }
    }

    /** Puts a bucket's facts in the session in place of those it had: equal facts stay, others come and go. */
    private void replace(List<String> key, List<Object> facts) {
        Map<Object, FactHandle> before = inserted.getOrDefault(key, Map.of());
        Map<Object, FactHandle> after = new LinkedHashMap<>();
        for (Object fact : facts) {
            FactHandle kept = before.get(fact);
            after.put(fact, kept != null ? kept : session.insert(fact));
        }
        before.forEach((fact, handle) -> {
            if (!after.containsKey(fact)) {
                session.delete(handle);
            }
        });
        if (after.isEmpty()) {
            inserted.remove(key);
        } else {
            inserted.put(key, after);
        }
    }
}
