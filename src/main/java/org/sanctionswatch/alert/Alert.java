package org.sanctionswatch.alert;

import java.time.Instant;
import java.util.List;

/** An alert as served: one per dedup key, however often its condition fires. */
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
        double confidence,
        String status,
        boolean active,
        Instant firstSeenAt,
        Instant lastSeenAt,
        Instant clearedAt,
        int occurrences,
        String rulesetVersion,
        List<Evidence> evidence) {

    /** One observation behind an alert, with its source and grade. */
    public record Evidence(String observationId, int version, String type, String eventDate, String theatre,
            String sourceName, String sourceUrl, String reliability, int credibility, String grade, String citation,
            Object observation) {
    }
}
