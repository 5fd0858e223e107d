package org.sanctionswatch.alert;

import java.time.Instant;
import java.util.List;

/**
 * An alert as served: one per dedup key, however often its condition fires. {@code belongsTo} says why it belongs to
 * each theatre it belongs to ({@code theatre} is the first of them); {@code corroborated} is false while its evidence
 * is too weakly graded to feed a theatre's measures and no independent source confirms it. {@code snoozed} says that
 * its latest change fell under snooze {@code snoozeId} and was not sent; {@code history} (only on a single alert)
 * lists every lifecycle change.
 */
public record Alert(
        long id,
        String dedupKey,
        String ruleId,
        String category,
        String severity,
        String theatre,
        String subject,
        String title,
        String explanation,
        String provision,
        String belongsTo,
        boolean corroborated,
        double confidence,
        String status,
        boolean active,
        Instant firstSeenAt,
        Instant lastSeenAt,
        Instant clearedAt,
        int occurrences,
        String rulesetVersion,
        String assignee,
        boolean snoozed,
        Long snoozeId,
        List<Evidence> evidence,
        List<HistoryEntry> history) {

    /** One observation behind an alert, with its source and grade. */
    public record Evidence(String observationId, int version, String type, String eventDate, String theatre,
            String sourceName, String sourceUrl, String reliability, int credibility, String grade, String citation,
            Object observation) {
    }

    /** One lifecycle change: who ("engine" for a reopen on refire), when, from which status to which, and why. */
    public record HistoryEntry(Instant at, String actor, String action, String fromStatus, String toStatus,
            String assignee, String note) {
    }

    Alert with(List<Evidence> evidence, List<HistoryEntry> history) {
        return new Alert(id, dedupKey, ruleId, category, severity, theatre, subject, title, explanation, provision,
                belongsTo, corroborated, confidence,
                status, active, firstSeenAt, lastSeenAt, clearedAt, occurrences, rulesetVersion, assignee, snoozed,
                snoozeId, evidence, history);
    }
}
