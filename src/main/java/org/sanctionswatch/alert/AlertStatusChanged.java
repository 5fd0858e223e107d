package org.sanctionswatch.alert;

/** Published after a person's act on an alert commits, so that what depends on statuses can follow. */
public record AlertStatusChanged(long alertId, String from, String to) {
}
