package org.sanctionswatch.fact;

/** An alert a person resolved or dismissed: its finding no longer adds to the theatre's escalation. */
public record ClosedAlert(String dedupKey, String status) {
}
