package org.sanctionswatch.fact;

public enum ObservationType {
    TRADE_FLOW("TF"),
    RAIL_TRAFFIC("RT"),
    PORT_CALL("PC"),
    TROOP_DEPLOYMENT("TD"),
    MUNITIONS_TRANSFER("MT"),
    TECHNOLOGY_TRANSFER("TT"),
    DIPLOMATIC_EVENT("DE");

    private final String prefix;

    ObservationType(String prefix) {
        this.prefix = prefix;
    }

    /** Short prefix of observation ids derived from natural keys. */
    public String prefix() {
        return prefix;
    }
}
