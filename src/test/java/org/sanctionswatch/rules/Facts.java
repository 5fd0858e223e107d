package org.sanctionswatch.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sanctionswatch.fact.DiplomaticEvent;
import org.sanctionswatch.fact.ListedVessel;
import org.sanctionswatch.fact.MunitionsTransfer;
import org.sanctionswatch.fact.PortCall;
import org.sanctionswatch.fact.RailTraffic;
import org.sanctionswatch.fact.Source;
import org.sanctionswatch.fact.TechnologyTransfer;
import org.sanctionswatch.fact.TradeFlow;
import org.sanctionswatch.fact.TroopDeployment;
import org.sanctionswatch.fact.VesselNames;

/** Builders of test facts; every fact gets its own id. */
public final class Facts {

    public static final Source COMTRADE = new Source("UN Comtrade", null, "A", 2, null);
    public static final Source ANALYST = new Source("Think-tank analysis", null, "B", 2, null);
    public static final Source PRESS = new Source("Unnamed press reports", null, "C", 3, null);
    public static final Source RUMOUR = new Source("Social media post", null, "E", 5, null);
    public static final String THEATRE = "DPRK-RUSSIA";
    private static int next;

    private Facts() {
    }

    public static TradeFlow monthly(String reporter, String partner, String flow, String commodity, int year,
            int month, double value) {
        int index = year * 12 + month - 1;
        return new TradeFlow("T" + (++next), "DPRK-RUSSIA", COMTRADE, Instant.EPOCH, reporter, partner, flow,
                commodity, String.format("%04d-%02d", year, month), true, index, value, null, null);
    }

    public static TradeFlow monthly(Source source, String reporter, String partner, String flow, String commodity,
            int year, int month, double value) {
        int index = year * 12 + month - 1;
        return new TradeFlow("T" + (++next), THEATRE, source, Instant.EPOCH, reporter, partner, flow, commodity,
                String.format("%04d-%02d", year, month), true, index, value, null, null);
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

    public static RailTraffic rail(String crossing, LocalDate date, int railcars) {
        return rail(ANALYST, crossing, date, railcars);
    }

    public static RailTraffic rail(Source source, String crossing, LocalDate date, int railcars) {
        return new RailTraffic("R" + (++next), THEATRE, source, Instant.EPOCH, crossing, date, railcars, "RUS>PRK",
                List.of("PRK", "RUS"), null);
    }

    public static PortCall portCall(String vesselName, String imo, String port, LocalDate arrivedOn) {
        return portCall(ANALYST, vesselName, imo, port, arrivedOn);
    }

    public static PortCall portCall(Source source, String vesselName, String imo, String port, LocalDate arrivedOn) {
        return new PortCall("P" + (++next), THEATRE, source, Instant.EPOCH, vesselName, imo, "RUS", port, "RUS",
                arrivedOn, null);
    }

    public static ListedVessel listed(String list, String entryId, String name, String imo, String... aliases) {
        List<String> names = new ArrayList<>();
        names.add(VesselNames.normalise(name));
        for (String alias : aliases) {
            names.add(VesselNames.normalise(alias));
        }
        return new ListedVessel("L" + (++next), list, "2024-10-01", entryId, name, List.copyOf(names), imo,
                List.of("DPRK"));
    }

    public static TroopDeployment troops(String location, int personnel, String role, LocalDate date) {
        return troops(ANALYST, location, personnel, role, date);
    }

    public static TroopDeployment troops(Source source, String location, int personnel, String role,
            LocalDate date) {
        return new TroopDeployment("D" + (++next), THEATRE, source, Instant.EPOCH, "PRK", "RUS", location,
                personnel, role, date, null);
    }

    public static MunitionsTransfer munitions(String category, double quantity, String unit, LocalDate date) {
        return munitions(ANALYST, category, quantity, unit, date);
    }

    public static MunitionsTransfer munitions(Source source, String category, double quantity, String unit,
            LocalDate date) {
        return new MunitionsTransfer("M" + (++next), THEATRE, source, Instant.EPOCH, "PRK", "RUS", category, null,
                quantity, unit, date, null);
    }

    public static TechnologyTransfer technology(String domain, LocalDate date) {
        return technology(ANALYST, domain, date);
    }

    public static TechnologyTransfer technology(Source source, String domain, LocalDate date) {
        return new TechnologyTransfer("X" + (++next), THEATRE, source, Instant.EPOCH, "RUS", "PRK", domain, date,
                null);
    }

    public static DiplomaticEvent diplomatic(String kind, LocalDate date, String reference) {
        return diplomatic(ANALYST, kind, date, reference);
    }

    public static DiplomaticEvent diplomatic(Source source, String kind, LocalDate date, String reference) {
        return new DiplomaticEvent("E" + (++next), THEATRE, source, Instant.EPOCH, kind, List.of("PRK", "RUS"), date,
                reference, null);
    }

    public static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
