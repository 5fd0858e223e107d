package org.sanctionswatch.fact;

import java.util.List;

/**
 * The first trade period, of one granularity, that the live session still holds: earlier flows may have left it
 * (see the engine's retention). A rule that reads a window of earlier periods judges a flow only while the window's
 * first period is at or after {@code firstIndex}, so that a flow whose window is partly gone raises nothing new.
 * Every session starts with {@link #EVERYTHING}: all periods held.
 */
public record TradeHorizon(boolean monthly, int firstIndex) {

    public static final List<TradeHorizon> EVERYTHING = List.of(new TradeHorizon(true, Integer.MIN_VALUE),
            new TradeHorizon(false, Integer.MIN_VALUE));
}
