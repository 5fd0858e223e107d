package org.sanctionswatch.alert;

import java.time.Instant;

/**
 * One change of an alert, as logged: {@code sequence} grows with commit order; {@code alert} is the alert after the
 * change. {@code muted} is null for an event sent to people, else why it was not (SNOOZED, DISMISSED, SUPPRESSED).
 */
public record AlertEvent(long sequence, String kind, Instant at, String muted, Alert alert) {

    public static final String RAISED = "RAISED";
    public static final String UPDATED = "UPDATED";
    public static final String CLEARED = "CLEARED";
    public static final String STATUS_CHANGED = "STATUS_CHANGED";
    public static final String REOPENED = "REOPENED";

    public boolean notified() {
        return muted == null;
    }

    /** What receivers use to drop a repeated delivery: the alert id and the event sequence. */
    public String idempotencyKey() {
        return alert.id() + "-" + sequence;
    }
}
