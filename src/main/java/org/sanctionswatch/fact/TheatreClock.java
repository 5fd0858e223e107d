package org.sanctionswatch.fact;

import java.time.LocalDate;

/**
 * Derived: the newest event date among a theatre's findings (escalation findings aside), never after {@link Today}.
 * Escalation weights decay with age measured from this date, so that a theatre's level reflects the latest picture its
 * data gives and does not sink only because no new data was loaded.
 */
public record TheatreClock(String theatre, LocalDate date) {
}
