package org.sanctionswatch.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * The first day of one kind of event report ({@link ObservationType} name) that the live session still holds:
 * earlier reports may have left it (see the engine's retention). A rule that reads a window of earlier days judges a
 * report only while the window's first day is at or after {@code first}. Every session starts with
 * {@link #EVERYTHING}: all days held.
 */
public record EventHorizon(String kind, LocalDate first) {

    public static final List<EventHorizon> EVERYTHING = List.of(
            new EventHorizon(ObservationType.RAIL_TRAFFIC.name(), LocalDate.MIN),
            new EventHorizon(ObservationType.MUNITIONS_TRANSFER.name(), LocalDate.MIN));
}
