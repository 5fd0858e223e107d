package org.sanctionswatch.fact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The envelope every observation shares. Records implement it; rules match the records by their components.
 * Event time is {@link #eventDate()} (the first day of a period for trade); knowledge time is {@link #reportedAt()}.
 */
public sealed interface Observation
        permits TradeFlow, RailTraffic, PortCall, TroopDeployment, MunitionsTransfer, TechnologyTransfer, DiplomaticEvent {

    String id();

    ObservationType type();

    String theatre();

    Source source();

    Instant reportedAt();

    LocalDate eventDate();

    /** The fields that identify what the observation is about; a different value under the same key is a revision. */
    List<Object> naturalKey();

    /** The countries this observation involves, used to place it in a theatre. */
    List<String> parties();

    /** A copy with envelope values filled in by the loader. */
    Observation withEnvelope(String id, String theatre, Instant reportedAt);
}
