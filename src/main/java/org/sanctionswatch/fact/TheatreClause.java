package org.sanctionswatch.fact;

/**
 * What a theatre's definition adds beyond the events between its parties: a third country's trade with a party in an
 * HS code ({@code kind} TRADE: goods of {@code hsPrefix}, or "TOTAL" for a pair's total trade, moving into
 * {@code country}, or either way when {@code direction} is ANY), or port calls at watched ports in a party's
 * {@code country} ({@code kind} PORT_CALL). A finding it places feeds only {@code measure} (SANCTIONS, or CONTEXT for
 * none), and its alert says {@code reason}.
 */
public record TheatreClause(String kind, String hsPrefix, String country, String direction, String measure,
        String reason) {

    public static final String TRADE = "TRADE";
    public static final String PORT_CALL = "PORT_CALL";
    public static final String INTO = "INTO";
    public static final String ANY = "ANY";

    /** True when the clause names what the scope is about. */
    public boolean covers(Scope s) {
        if (TRADE.equals(kind) && s.isTrade() && s.commodity() != null) {
            boolean goods = TradeFlow.TOTAL.equals(hsPrefix) ? TradeFlow.TOTAL.equals(s.commodity())
                    : !TradeFlow.TOTAL.equals(s.commodity()) && s.commodity().startsWith(hsPrefix);
            boolean way = ANY.equals(direction) ? country.equals(s.from()) || country.equals(s.to())
                    : country.equals(s.to());
            return goods && way;
        }
        return PORT_CALL.equals(kind) && s.isPortCall() && country.equals(s.to());
    }

    /** The clause in words, for an alert: what the finding is about and why the theatre takes it in. */
    public String because(Scope s) {
        String what = TRADE.equals(kind)
                ? (TradeFlow.TOTAL.equals(hsPrefix) ? "total trade" : "HS " + s.commodity()) + " from " + s.from()
                        + " to " + s.to()
                : "a port call in " + s.to() + (s.from() == null ? "" : " by a vessel flagged " + s.from());
        return what + ": " + reason;
    }
}
