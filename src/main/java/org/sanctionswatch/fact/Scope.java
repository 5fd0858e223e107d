package org.sanctionswatch.fact;

import java.util.List;
import java.util.Objects;

/**
 * What a finding is about, as a theatre's definition reads it: the type of its subject observation, the countries it
 * involves, the direction where it has one (exporter to importer, sender to recipient, flag to port country), the HS
 * code of a trade flow, and the theatre the observation was filed under when it was loaded.
 */
public record Scope(String type, List<String> parties, String from, String to, String commodity, String filed) {

    public Scope {
        parties = parties == null ? List.of() : parties.stream().filter(Objects::nonNull).distinct().toList();
    }

    /** The scope of an observation: the subject of the findings it makes. */
    public static Scope of(Observation o) {
        if (o instanceof TradeFlow t) {
            boolean outward = t.flow().equals("EXPORT") || t.flow().equals("RE_EXPORT");
            return new Scope(t.type().name(), t.parties(), outward ? t.reporter() : t.partner(),
                    outward ? t.partner() : t.reporter(), t.commodity(), t.theatre());
        }
        if (o instanceof PortCall c) {
            return new Scope(c.type().name(), c.parties(), c.flag(), c.country(), null, c.theatre());
        }
        if (o instanceof TroopDeployment d) {
            return new Scope(d.type().name(), d.parties(), d.fromCountry(), d.toCountry(), null, d.theatre());
        }
        if (o instanceof MunitionsTransfer m) {
            return new Scope(m.type().name(), m.parties(), m.fromCountry(), m.toCountry(), null, m.theatre());
        }
        if (o instanceof TechnologyTransfer t) {
            return new Scope(t.type().name(), t.parties(), t.fromCountry(), t.toCountry(), null, t.theatre());
        }
        return new Scope(o.type().name(), o.parties(), null, null, null, o.theatre());
    }

    public boolean isTrade() {
        return ObservationType.TRADE_FLOW.name().equals(type);
    }

    public boolean isPortCall() {
        return ObservationType.PORT_CALL.name().equals(type);
    }
}
