package org.sanctionswatch.fact;

import java.time.LocalDate;

/** The present moment as a fact, so that every judgement that needs "now" is reproducible. */
public record Today(LocalDate date) {
}
