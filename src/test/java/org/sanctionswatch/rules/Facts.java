package org.sanctionswatch.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sanctionswatch.fact.Source;
import org.sanctionswatch.fact.TradeFlow;

/** Builders of test facts; every fact gets its own id. */
public final class Facts {

    public static final Source COMTRADE = new Source("UN Comtrade", null, "A", 2, null);
    private static int next;

    private Facts() {
    }

    public static TradeFlow monthly(String reporter, String partner, String flow, String commodity, int year,
            int month, double value) {
        int index = year * 12 + month - 1;
        return new TradeFlow("T" + (++next), "DPRK-RUSSIA", COMTRADE, Instant.EPOCH, reporter, partner, flow,
                commodity, String.format("%04d-%02d", year, month), true, index, value, null, null);
    }

    public static TradeFlow annual(String reporter, String partner, String flow, String commodity, int year,
            double value) {
        return new TradeFlow("T" + (++next), "DPRK-RUSSIA", COMTRADE, Instant.EPOCH, reporter, partner, flow,
                commodity, Integer.toString(year), false, year, value, null, null);
    }

    /** Twelve months of 2023 at {@code value} each, then one month of 2024-01 at {@code last}. */
    public static List<TradeFlow> yearThen(String commodity, double value, double last) {
        List<TradeFlow> flows = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            flows.add(monthly("CHN", "PRK", "EXPORT", commodity, 2023, m, value));
        }
        flows.add(monthly("CHN", "PRK", "EXPORT", commodity, 2024, 1, last));
        return flows;
    }
}
