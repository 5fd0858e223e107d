package org.sanctionswatch.alert;

import java.time.Instant;

/** Filters of the alert list; null means any. */
public record AlertQuery(String status, String severity, String category, String ruleId, String theatre,
        Instant since, Boolean active, Boolean snoozed, int page, int size) {
}
