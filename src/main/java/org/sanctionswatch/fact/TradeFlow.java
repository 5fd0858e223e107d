package org.sanctionswatch.fact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A trade statistic: what {@code reporter} declares it imported from or exported to {@code partner}.
 * {@code periodIndex} orders periods of one granularity: the year for annual data, year * 12 + month - 1 for monthly.
 */
public record TradeFlow(
        String id,
        String theatre,
        Source source,
        Instant reportedAt,
        String reporter,
        String partner,
        String flow,
        String commodity,
        String period,
        boolean monthly,
        int periodIndex,
        double valueUsd,
        Double netWeightKg,
        String notes) implements Observation {

    public static final String TOTAL = "TOTAL";

    /** Shares the codes, period, theatre and source other flows repeat ({@link Canonical}). */
    public TradeFlow {
        theatre = Canonical.of(theatre);
        source = Canonical.of(source);
        reporter = Canonical.of(reporter);
        partner = Canonical.of(partner);
        flow = Canonical.of(flow);
        commodity = Canonical.of(commodity);
        period = Canonical.of(period);
    }

    @Override
    public ObservationType type() {
        return ObservationType.TRADE_FLOW;
    }

    @Override
    public LocalDate eventDate() {
        return monthly ? LocalDate.of(periodIndex / 12, periodIndex % 12 + 1, 1) : LocalDate.of(periodIndex, 1, 1);
    }

    @Override
    public List<Object> naturalKey() {
        return List.of(reporter, partner, flow, commodity, period);
    }

    @Override
    public List<String> parties() {
        return List.of(reporter, partner);
    }

    /** The index of the same period one year earlier. */
    public int yearBeforeIndex() {
        return monthly ? periodIndex - 12 : periodIndex - 1;
    }

    /** The importing country, whichever side reported: mirror statistics describe the same goods. */
    public String importer() {
        return flow.endsWith("EXPORT") ? partner : reporter;
    }

    public String exporter() {
        return flow.endsWith("EXPORT") ? reporter : partner;
    }

    @Override
    public TradeFlow withEnvelope(String id, String theatre, Instant reportedAt) {
        return new TradeFlow(id, theatre, source, reportedAt, reporter, partner, flow, commodity, period, monthly,
                periodIndex, valueUsd, netWeightKg, notes);
    }
}
